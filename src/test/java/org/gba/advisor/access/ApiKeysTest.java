package org.gba.advisor.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Keys are stored as hashes only, and the first admin key is issued once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ApiKeysTest {
    @Autowired
    ApiKeys keys;
    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyTheHashOfAKeyIsStoredAndItAuthenticatesUntilRevoked() {
        ApiKeys.Issued issued = keys.create(Role.OFFICIAL, Set.of("zhuhai"), "stored hashed", "test");
        assertThat(issued.key()).startsWith("gba_").hasSizeGreaterThan(40);
        String stored = jdbc.sql("select key_hash from api_key where id = ?").param(issued.id()).query(String.class).single();
        assertThat(stored).isEqualTo(ApiKeys.hash(issued.key())).doesNotContain(issued.key().substring(4));
        assertThat(keys.authenticate(issued.key())).contains(new Caller(issued.id(), Role.OFFICIAL, Set.of("zhuhai")));
        assertThat(keys.revoke(issued.id(), "test")).isTrue();
        assertThat(keys.authenticate(issued.key())).isEmpty();
        assertThat(keys.revoke(issued.id(), "test")).as("revoked once").isFalse();
    }

    @Test
    void theFirstAdminKeyIsIssuedOnce() {
        // the start-up of this context has already run the bootstrap, which issued the key on the empty database
        assertThat(keys.bootstrapAdmin()).isEmpty();
        assertThat(keys.list()).filteredOn(k -> k.createdBy().equals("system"))
                .singleElement().satisfies(k -> assertThat(k.role()).isEqualTo(Role.ADMIN));
    }
}
