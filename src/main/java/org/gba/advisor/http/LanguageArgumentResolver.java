package org.gba.advisor.http;

import org.gba.advisor.vocabulary.Lang;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives an endpoint that takes a {@link Lang} the answer's language: {@code ?lang=} when given (zh or en, else a
 * 400 {@code unsupported-language}), otherwise the first of {@code Accept-Language} that is zh or en, otherwise
 * Chinese. One place, so every endpoint negotiates the same way.
 */
public final class LanguageArgumentResolver implements HandlerMethodArgumentResolver {
    public static final String PARAMETER = "lang";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Lang.class;
    }

    @Override
    public Lang resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                WebDataBinderFactory binders) {
        return Languages.resolve(request.getParameter(PARAMETER), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
