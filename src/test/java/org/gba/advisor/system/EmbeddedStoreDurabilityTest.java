package org.gba.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The embedded default store answers a write only once it is on disk: its URL (as shipped in
 * application.yaml) writes every commit at once, and the transaction manager flushes every read-write commit.
 * The kill -9 check itself is scripts/crash-check.sh, run by .ci/run on H2 and on PostgreSQL.
 */
class EmbeddedStoreDurabilityTest {

    @TempDir
    Path dir;

    @SuppressWarnings("unchecked")
    private static String shippedUrl() throws Exception {
        Map<String, Object> yaml = YAMLMapper.builder().build()
                .readValue(Files.readString(Path.of("src/main/resources/application.yaml")), Map.class);
        return (String) ((Map<String, Object>) ((Map<String, Object>) yaml.get("spring")).get("datasource")).get("url");
    }

    @Test
    void theShippedH2UrlWritesEveryCommitAtOnceAndEachCommitIsFlushed() throws Exception {
        String url = shippedUrl().replace("./data/", dir.toString() + "/");
        assertThat(url).startsWith("jdbc:h2:file:" + dir);
        var dataSource = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        assertThat(jdbc.sql("select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")
                .query(String.class).list()).isNotEmpty().containsOnly("0");

        DurableTransactionManager manager = new DurableTransactionManager(dataSource);
        assertThat(manager.syncsAfterCommit()).isTrue();
        // a read-write commit goes through CHECKPOINT SYNC without error, and is there afterwards
        new TransactionTemplate(manager).executeWithoutResult(s -> {
            jdbc.sql("create table t (n int)").update();
            jdbc.sql("insert into t values (1)").update();
        });
        assertThat(jdbc.sql("select count(*) from t").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anInMemoryDatabaseIsNotFlushed() {
        var dataSource = new SimpleDriverDataSource(new org.h2.Driver(), "jdbc:h2:mem:durability;DB_CLOSE_DELAY=-1", "sa", "");
        assertThat(new DurableTransactionManager(dataSource).syncsAfterCommit()).isFalse();
    }
}
