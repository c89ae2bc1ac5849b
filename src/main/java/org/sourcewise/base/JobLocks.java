package org.sourcewise.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several app nodes share one database (issue 14), and each runs the same {@code @Scheduled} jobs: a
 * job annotated {@code @SchedulerLock} runs on one node at a time, the one that took its row in the
 * {@code shedlock} table. Times are the database's, so the nodes' clocks need not agree.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class JobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
