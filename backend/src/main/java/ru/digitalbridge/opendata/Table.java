package ru.digitalbridge.opendata;

import java.util.List;

/** A published table: its file name (without extension), what it holds, and its columns in file order. */
interface Table {
    String tableName();

    String title();

    List<Column> columns();
}
