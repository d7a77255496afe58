package org.gba.advisor.access;

import java.time.Clock;
import org.gba.advisor.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

/** The key store and the first admin key; the web security itself is in {@link SecurityConfiguration}. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {
    private static final Logger log = LoggerFactory.getLogger(AccessConfiguration.class);

    @Bean
    ApiKeys apiKeys(JdbcClient jdbc, TransactionTemplate tx, AuditLog audit) {
        return new ApiKeys(jdbc, tx, audit, Clock.systemUTC());
    }

    /** No user accounts: keeps Boot from generating and printing a default user's password. */
    @Bean
    UserDetailsService noUsers() {
        return name -> {
            throw new UsernameNotFoundException(name);
        };
    }

    /** The first admin key, printed once when the key table is empty. */
    @Bean
    ApplicationRunner firstAdminKey(ApiKeys keys) {
        return args -> keys.bootstrapAdmin().ifPresent(k -> log.warn(
                "\n\n  First admin key (shown once; store it now, it cannot be read again): {}\n", k.key()));
    }
}
