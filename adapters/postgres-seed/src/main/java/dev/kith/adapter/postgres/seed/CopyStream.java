package dev.kith.adapter.postgres.seed;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * One {@code COPY ... FROM STDIN} in PostgreSQL's text format, fed row by row: values are appended to a
 * buffer that goes to the server every 256 KiB, so memory stays bounded however many rows pass.
 */
final class CopyStream implements AutoCloseable {

    private static final int FLUSH_AT = 256 * 1024;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final long DAY_MILLIS = 86_400_000L;

    private final CopyIn copy;
    private final String table;
    private final long expectedRows;
    private final Consumer<String> progress;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 8192);
    private long rows;
    private long nextReport;
    private long cachedDay = Long.MIN_VALUE;
    private String cachedDate;

    private CopyStream(CopyIn copy, String table, long expectedRows, Consumer<String> progress) {
        this.copy = copy;
        this.table = table;
        this.expectedRows = expectedRows;
        this.progress = progress;
        this.nextReport = expectedRows / 4;
    }

    /**
     * Starts {@code COPY table (columns) FROM STDIN WITH (FREEZE)}: the rows arrive frozen and visible to all,
     * which the table allows because the transaction emptied it ({@code TRUNCATE}) before.
     */
    static CopyStream open(CopyManager copyManager, String table, String columns, long expectedRows,
                           Consumer<String> progress) throws SQLException {
        CopyIn copy = copyManager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FREEZE)");
        return new CopyStream(copy, table, expectedRows, progress);
    }

    CopyStream uuid(long msb, long lsb) {
        hex(msb >>> 32, 8);
        buffer.append('-');
        hex(msb >>> 16, 4);
        buffer.append('-');
        hex(msb, 4);
        buffer.append('-');
        hex(lsb >>> 48, 4);
        buffer.append('-');
        hex(lsb, 12);
        buffer.append('\t');
        return this;
    }

    private void hex(long value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            buffer.append(HEX[(int) (value >>> shift) & 0xF]);
        }
    }

    /** Text, escaped as the text format wants (backslash, tab, newline, carriage return). */
    CopyStream text(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        buffer.append('\t');
        return this;
    }

    CopyStream number(long value) {
        buffer.append(value).append('\t');
        return this;
    }

    CopyStream bool(boolean value) {
        buffer.append(value ? 't' : 'f').append('\t');
        return this;
    }

    CopyStream nul() {
        buffer.append("\\N\t");
        return this;
    }

    /** A {@code timestamptz} at {@code millis} since the epoch, in UTC, to the millisecond. */
    CopyStream timestamp(long millis) {
        long day = Math.floorDiv(millis, DAY_MILLIS);
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = LocalDate.ofEpochDay(day).toString();
        }
        int ofDay = (int) Math.floorMod(millis, DAY_MILLIS);
        buffer.append(cachedDate).append(' ');
        two(ofDay / 3_600_000);
        buffer.append(':');
        two(ofDay / 60_000 % 60);
        buffer.append(':');
        two(ofDay / 1000 % 60);
        buffer.append('.');
        int ms = ofDay % 1000;
        buffer.append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10));
        buffer.append("+00\t");
        return this;
    }

    private void two(int value) {
        buffer.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** Ends the row; sends the buffer when it is full. */
    void endRow() throws SQLException {
        buffer.setCharAt(buffer.length() - 1, '\n');
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
        if (rows == nextReport && expectedRows >= 200_000) {
            progress.accept(String.format("  %s: %,d of %,d rows", table, rows, expectedRows));
            nextReport += expectedRows / 4;
        }
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    /** The rows sent so far. */
    long rows() {
        return rows;
    }

    /** Sends what is left and ends the COPY; returns the rows the server took. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Cancels a COPY that did not finish (the transaction is rolled back anyway). */
    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // The connection is going to be rolled back or closed; nothing more to do.
            }
        }
    }
}
