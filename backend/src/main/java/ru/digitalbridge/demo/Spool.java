package ru.digitalbridge.demo;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An append-only collection kept in a temporary file instead of the heap, so that generating the demo history of a
 * large scale runs in constant memory: rows are written as they are made and read back once, in order, when they are
 * copied into the database. {@link #close()} deletes the file.
 */
final class Spool<T extends Serializable> extends AbstractCollection<T> implements AutoCloseable {
    /** The stream's back-references are dropped this often, or it would keep every written row reachable. */
    private static final int RESET_EVERY = 1024;

    private final Class<T> type;
    private final Path file;
    private ObjectOutputStream out;
    private int size;

    Spool(Class<T> type) {
        this.type = type;
        try {
            this.file = Files.createTempFile("demo-" + type.getSimpleName().toLowerCase() + "-", ".spool");
            this.file.toFile().deleteOnExit();
            this.out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary file for demo data", e);
        }
    }

    @Override
    public boolean add(T row) {
        try {
            out.writeObject(row);
            if (++size % RESET_EVERY == 0) {
                out.reset();
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write demo data to " + file, e);
        }
    }

    @Override
    public int size() {
        return size;
    }

    /** Reads the rows written so far, in the order they were added. */
    @Override
    public Iterator<T> iterator() {
        int count = size;
        ObjectInputStream in;
        try {
            out.flush();
            in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read demo data from " + file, e);
        }
        return new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                if (read < count) {
                    return true;
                }
                closeQuietly();
                return false;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    T row = type.cast(in.readObject());
                    read++;
                    return row;
                } catch (IOException | ClassNotFoundException e) {
                    closeQuietly();
                    throw new IllegalStateException("could not read demo data from " + file, e);
                }
            }

            private void closeQuietly() {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // a read-only stream of a temporary file
                }
            }
        };
    }

    /** Equal to another spool with equal rows in the same order, as lists are. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Spool<?> that) || that.size != size) {
            return false;
        }
        Iterator<?> theirs = that.iterator();
        for (T row : this) {
            if (!row.equals(theirs.next())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1;
        for (T row : this) {
            hash = 31 * hash + row.hashCode();
        }
        return hash;
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }
}
