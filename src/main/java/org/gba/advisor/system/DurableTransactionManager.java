package org.gba.advisor.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * A commit that returns only once the change is on the disk. PostgreSQL does that itself (synchronous_commit).
 * An H2 file database writes a commit to the file (with {@code WRITE_DELAY=0}) but never asks the operating
 * system to flush it, so after every read-write commit this runs {@code CHECKPOINT SYNC}, H2's fsync: a
 * submission answered 201 survives a kill of the process and a crash of the machine.
 */
final class DurableTransactionManager extends JdbcTransactionManager {
    private static final Logger log = LoggerFactory.getLogger(DurableTransactionManager.class);
    private final boolean syncAfterCommit;

    DurableTransactionManager(DataSource dataSource) {
        super(dataSource);
        this.syncAfterCommit = isH2File(dataSource);
        if (syncAfterCommit) {
            log.info("Embedded H2 file store: every commit is flushed to disk (CHECKPOINT SYNC) before it is answered");
        }
    }

    boolean syncsAfterCommit() {
        return syncAfterCommit;
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        super.doCommit(status);
        if (!syncAfterCommit || status.isReadOnly()) {
            return;
        }
        ConnectionHolder holder = ((JdbcTransactionObjectSupport) status.getTransaction()).getConnectionHolder();
        try (Statement s = holder.getConnection().createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            // Committed but perhaps not yet on disk: fail the request rather than acknowledge it.
            throw new TransactionSystemException("the commit could not be flushed to disk", e);
        }
    }

    /** An H2 database kept in a file (not in memory, not on a server that owns its own durability). */
    static boolean isH2File(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            return "H2".equals(c.getMetaData().getDatabaseProductName()) && url != null
                    && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's metadata", e);
        }
    }
}
