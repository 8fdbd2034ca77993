package dev.shequn.adapter.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * What every JDBC repository does the same way: timestamps as {@code TIMESTAMP WITH TIME ZONE} in UTC (both
 * databases keep microseconds), and the two halves of an optimistic save.
 */
final class Rows {

    private static final String UNIQUE_VIOLATION = "23505";

    private Rows() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(instant(rs, column));
    }

    static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    /**
     * Inserts a row never stored before; false when its key (or another unique column) is taken. Inside a
     * transaction the failed insert is rolled back to a savepoint, because PostgreSQL would otherwise refuse
     * every further statement of the transaction.
     */
    static boolean insertUnlessTaken(Handle handle, Update insert) {
        boolean savepoint = handle.isInTransaction();
        if (savepoint) {
            handle.savepoint("insert_unless_taken");
        }
        try {
            insert.execute();
            if (savepoint) {
                handle.releaseSavepoint("insert_unless_taken");
            }
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            if (savepoint) {
                handle.rollbackToSavepoint("insert_unless_taken");
            }
            return false;
        }
    }

    /** The second half: an update that matched the version read at, or nothing. */
    static boolean updatedOne(Update update) {
        int rows = update.execute();
        if (rows > 1) {
            throw new IllegalStateException("an optimistic update touched " + rows + " rows; the key is not unique");
        }
        return rows == 1;
    }

    static boolean isUniqueViolation(UnableToExecuteStatementException e) {
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }
}
