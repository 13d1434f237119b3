package org.recflow.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language of the pages (bundle {@code i18n/pages}): the one chosen from the language menu ({@code ?lang=zh}, kept
 * in the cookie {@code recflow-lang}, SameSite=Lax), else the best of the browser's {@code Accept-Language} among the
 * six ITU languages, else English. A language outside {@link #SUPPORTED} is ignored. The API's JSON does not depend
 * on it.
 */
@Configuration(proxyBeanMethods = false)
public class PageLocales implements WebMvcConfigurer {

    /** English, Chinese, French, Spanish, Russian, Arabic: English and Chinese complete, the others marked for translation. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.CHINESE, Locale.FRENCH,
            Locale.forLanguageTag("es"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("ar"));

    /** The supported language (language only, no country) closest to {@code wanted}, or null. */
    static Locale supported(Locale wanted) {
        if (wanted == null) {
            return null;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(null);
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("recflow-lang") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                Locale chosen = supported(locale);
                if (chosen != null) {
                    super.setLocale(request, response, chosen);
                }
            }
        };
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(request -> Collections.list(request.getLocales()).stream()
                .map(PageLocales::supported).filter(l -> l != null).findFirst().orElse(Locale.ENGLISH));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
