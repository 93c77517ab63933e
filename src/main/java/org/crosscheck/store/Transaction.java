package org.crosscheck.store;

import java.sql.Connection;
import java.sql.SQLException;

/** All of a piece of store work, or none of it: a check that dies half way leaves the store as it was. */
final class Transaction {

    /** The work done inside the transaction; what it returns is returned once it is committed. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transaction() {
    }

    static <T> T inOne(Connection db, Work<T> work) throws SQLException {
        db.setAutoCommit(false);
        try {
            T result = work.run();
            db.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }
}
