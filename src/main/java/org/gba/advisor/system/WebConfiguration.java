package org.gba.advisor.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags on the widget, the page's assets and the catalog, so that embedding pages revalidate cheaply. (CORS
 * for the portals' origins is the access package's: {@code advisor.access.portal-origins}.)
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/widget.js", "/embed.html", "/index.html", "/app.js", "/app.css", "/i18n.js",
                "/api/v1/catalog", "/api/v1/profiles");
        return bean;
    }
}
