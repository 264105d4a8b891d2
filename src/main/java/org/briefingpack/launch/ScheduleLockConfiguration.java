package org.briefingpack.launch;

import javax.sql.DataSource;
import org.briefingpack.config.BriefingProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.init.DataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.jdbc.lock.DefaultLockRepository;

/**
 * Only with {@code briefing.schedule}: the {@link ScheduleLock} and the {@code INT_LOCK} table it lives in, made
 * with the schema script Spring Integration ships for the repository's database (H2, PostgreSQL, ...).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "briefing.schedule")
class ScheduleLockConfiguration {

    private static final String REGION = "briefing-pack";

    @Bean
    DataSourceScriptDatabaseInitializer scheduleLockSchema(DataSource dataSource) {
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        settings.setSchemaLocations(new PlatformPlaceholderDatabaseDriverResolver()
                .resolveAll(dataSource, "classpath:org/springframework/integration/jdbc/schema-@@platform@@.sql"));
        settings.setMode(DatabaseInitializationMode.ALWAYS);
        // the script has no IF NOT EXISTS: from the second start on, its tables are there already
        settings.setContinueOnError(true);
        return new DataSourceScriptDatabaseInitializer(dataSource, settings);
    }

    @Bean
    DefaultLockRepository scheduleLockRepository(
            DataSource dataSource, DataSourceScriptDatabaseInitializer scheduleLockSchema) {
        DefaultLockRepository repository = new DefaultLockRepository(dataSource);
        repository.setRegion(REGION);
        return repository;
    }

    @Bean
    ScheduleLock scheduleLock(DefaultLockRepository scheduleLockRepository, BriefingProperties properties) {
        return new ScheduleLock(
                scheduleLockRepository, properties.output().toAbsolutePath().normalize(), properties.scheduleLockTtl());
    }
}
