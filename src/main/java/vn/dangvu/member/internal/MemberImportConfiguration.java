package vn.dangvu.member.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Where import jobs run: two at a time in the background, the others queued ({@code dangvu.member-import.inline=true}
 * runs them in the request instead, which tests use to stay deterministic).
 */
@Configuration(proxyBeanMethods = false)
class MemberImportConfiguration {

    @Bean
    TaskExecutor memberImportExecutor(@Value("${dangvu.member-import.inline:false}") boolean inline) {
        if (inline) {
            return new SyncTaskExecutor();
        }
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("member-import-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(120);
        executor.initialize();
        return executor;
    }
}
