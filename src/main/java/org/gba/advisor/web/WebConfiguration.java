package org.gba.advisor.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What other sites need to embed the advice: CORS for the origins on the allow-list (the API and the widget
 * script) and ETags on the widget, the page's assets and the catalog, so embedding pages revalidate cheaply.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebConfiguration.Embedding.class)
class WebConfiguration implements WebMvcConfigurer {
    private final Embedding embedding;

    WebConfiguration(Embedding embedding) {
        this.embedding = embedding;
    }

    /** @param allowedOrigins origins (e.g. https://portal.example.gov.cn) allowed to call the API from a browser */
    @ConfigurationProperties("advisor.embedding")
    record Embedding(List<String> allowedOrigins) {
        Embedding {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
        }
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        String[] origins = embedding.allowedOrigins().toArray(String[]::new);
        registry.addMapping("/api/**").allowedOrigins(origins).allowedMethods("GET", "POST")
                .exposedHeaders("ETag").maxAge(3600);
        registry.addMapping("/widget.js").allowedOrigins(origins).allowedMethods("GET");
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/widget.js", "/embed.html", "/index.html", "/app.js", "/app.css", "/i18n.js",
                "/api/v1/catalog", "/api/v1/profiles");
        return bean;
    }
}
