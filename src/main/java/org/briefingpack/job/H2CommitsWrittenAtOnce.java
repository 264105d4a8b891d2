package org.briefingpack.job;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The job repository is the record of what a run finished, so a commit must outlive the process. H2 (the default
 * repository) writes a commit to its file up to a second later; a run killed meanwhile would forget documents it
 * had logged as rendered, and render them again on restart. {@code SET WRITE_DELAY 0} makes H2 write each commit
 * at once, where the operating system keeps it through a kill of the process. Other databases are left alone.
 */
@Component
class H2CommitsWrittenAtOnce implements InitializingBean {

    private final DataSource dataSource;

    H2CommitsWrittenAtOnce(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
            }
        }
    }
}
