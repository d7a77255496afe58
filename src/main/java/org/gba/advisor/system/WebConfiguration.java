package org.gba.advisor.system;

import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.gba.advisor.engine.RuleEngine;
import org.gba.advisor.http.LanguageArgumentResolver;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Language negotiation for every endpoint that takes a {@code Lang}; ETags on the widget, the page's assets and
 * the catalog, so that embedding pages revalidate cheaply. (CORS for the portals' origins is the access
 * package's: {@code advisor.access.portal-origins}.)
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    /**
     * Bytes the connector reads from a socket at once (Tomcat's {@code socket.appReadBufSize}, 8 KB by default): a
     * request whose headers and body fit arrives in one read, so the body reader takes it at once instead of waiting
     * for the rest without a thread and dispatching the request again. Profiles are up to about 10 KB (the largest
     * fixture); the buffer is held per open connection.
     */
    static final int READ_BUFFER = 16 * 1024;

    /** The API answers that carry an ETag (and answer 304 to If-None-Match); the OpenAPI document says so. */
    static final List<String> ETAG_API_PATHS = List.of("/api/v1/catalog", "/api/v1/profiles");

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new LanguageArgumentResolver());
    }

    /** Tomcat's own errors (before Spring is reached) as problem+json, like every other error. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages(RuleEngine engine) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // the host adds no valve of its own when one of this class is there already
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.getPipeline().addValve(new ProblemErrorReportValve(() -> engine.current().version()));
            }
        });
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> readBuffer() {
        return factory -> factory.addConnectorCustomizers(connector ->
                connector.setProperty("socket.appReadBufSize", Integer.toString(READ_BUFFER)));
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/widget.js", "/embed.html", "/embed.js", "/embed.css", "/index.html", "/app.js", "/app.css",
                "/i18n.js", "/form.js");
        bean.addUrlPatterns(ETAG_API_PATHS.toArray(String[]::new));
        return bean;
    }
}
