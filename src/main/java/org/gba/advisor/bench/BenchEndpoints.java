package org.gba.advisor.bench;

import java.io.IOException;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the load test's two endpoints ({@link EchoController}, {@link BareEcho}) when
 * {@code advisor.bench.echo-endpoint=true}, and keeps them out of component scanning otherwise. An initializer, not
 * a {@code @ConditionalOnProperty}: the deployment's start uses the bean definitions Spring AOT worked out at build
 * time, where a condition is decided once, with the property off, so the endpoints could never be switched on in
 * the start the load test should measure.
 */
class BenchEndpoints implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static final String SWITCH = "advisor.bench.echo-endpoint";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // @SpringBootApplication's scan asks every TypeExcludeFilter bean, as Spring Boot's test slices do
        context.getBeanFactory().registerSingleton(NotScanned.class.getName(), new NotScanned());
        if (context instanceof GenericApplicationContext registry
                && context.getEnvironment().getProperty(SWITCH, Boolean.class, false)) {
            // suppliers, not classes to autowire: the AOT-built bean factory resolves no constructor at run time
            registry.registerBean(EchoController.class, EchoController::new);
            registry.registerBean(BareEcho.class, () -> new BareEcho(context.getBean(JsonMapper.class)));
        }
    }

    /** The bench endpoints are registered by their switch alone, never found by the scan. */
    static final class NotScanned extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            String type = reader.getClassMetadata().getClassName();
            return type.equals(EchoController.class.getName()) || type.equals(BareEcho.class.getName());
        }
    }
}
