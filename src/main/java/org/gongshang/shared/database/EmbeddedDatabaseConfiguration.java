package org.gongshang.shared.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.gongshang.shared.PlatformProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** With no {@code spring.datasource.url}, the application runs on its own embedded PostgreSQL. */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(PlatformProperties platform, EmbeddedDatabaseProperties settings) {
        return EmbeddedDatabase.open(platform, settings);
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(database.username());
        dataSource.setPassword(database.password());
        dataSource.setMaximumPoolSize(poolSize);
        dataSource.setPoolName("gongshang-embedded");
        return dataSource;
    }
}
