package ru.digitalbridge.opendata;

import java.util.List;

/** A published table: its file name (without extension), what it holds, and its columns in file order. */
interface Table {
    /** What a table is: the enums of published tables each hold one. */
    record Spec(String name, String title, List<Column> columns) {}

    Spec spec();

    default String tableName() {
        return spec().name();
    }

    default String title() {
        return spec().title();
    }

    default List<Column> columns() {
        return spec().columns();
    }
}
