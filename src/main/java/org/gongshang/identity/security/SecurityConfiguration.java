package org.gongshang.identity.security;

import java.time.Clock;
import java.util.List;

import org.gongshang.identity.Logins;
import org.gongshang.shared.PublicPaths;
import org.gongshang.shared.web.ProblemDetails;
import org.gongshang.shared.web.SignInRedirect;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the JSON API and actuator (stateless, bearer tokens, problem details) and the
 * pages (session, CSRF, form login with a second factor). Both deny by default: a path is open only
 * when a module lists it in {@link PublicPaths}; roles and regions are checked by the modules.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Scripts, styles and images only from this site; no framing; forms only post here. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String[] STATIC = {"/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error", "/error/**"};

    /**
     * No Micrometer observation around each security filter, authentication and authorisation:
     * at thousands of API calls a second they cost a fifth of the server's time (profiled with
     * votes), and the request itself is still observed as {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityContextRepository securityContextRepository(SignedInAccounts accounts) {
        return new ReloadingSecurityContextRepository(accounts);
    }

    @Bean
    PasswordAuthenticationProvider passwordAuthenticationProvider(Logins logins, SignedInAccounts accounts) {
        return new PasswordAuthenticationProvider(logins, accounts);
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain apiChain(HttpSecurity http, List<PublicPaths> publicPaths, TokenIntrospector introspector,
            SecurityProblems problems, ProblemDetails details) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    authorize.requestMatchers("/actuator/**").hasRole("ADMIN");
                    // Decided before a body is read, so that a caller without the role learns nothing
                    // from its validation; the controllers check the same roles again.
                    authorize.requestMatchers("/api/v1/admin/accounts/*/reveal", "/api/v1/admin/accounts/*/phone").hasRole("ADMIN");
                    authorize.requestMatchers("/api/v1/admin/accounts", "/api/v1/admin/accounts/**").hasAnyRole("ADMIN", "STAFF");
                    permitPublic(authorize, publicPaths);
                    authorize.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .opaqueToken(token -> token.introspector(introspector))
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .addFilterAfter(new PasswordChangeGate(problems, details), BearerTokenAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain pageChain(HttpSecurity http, List<PublicPaths> publicPaths, SecurityContextRepository repository,
            Logins logins, WebSignIn signIn, Clock clock, SecurityProblems problems, ProblemDetails details) throws Exception {
        http.securityContext(context -> context.securityContextRepository(repository))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(STATIC).permitAll();
                    authorize.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll();
                    authorize.requestMatchers("/login", "/login/**", "/register", "/register/**", "/password-reset",
                            "/password-reset/**").permitAll();
                    permitPublic(authorize, publicPaths);
                    authorize.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login")
                        .successHandler(new PasswordLoginSuccessHandler(logins, signIn, clock))
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new SignInRedirect())
                        .accessDeniedHandler(new SignedOutFormHandler()))
                .addFilterAfter(new PasswordChangeGate(problems, details), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * CSRF tokens in a cookie (double submit), not in the session: every page carries the token for
     * htmx, and a session per anonymous page view would mean a database write per visitor on every
     * node. The page gets the token from the server, so the cookie stays HttpOnly; it is Secure when
     * the request came over HTTPS, like the session cookie.
     */
    static CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    private static void permitPublic(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
            List<PublicPaths> publicPaths) {
        for (PublicPaths paths : publicPaths) {
            if (!paths.anyMethod().isEmpty()) {
                authorize.requestMatchers(paths.anyMethod().toArray(String[]::new)).permitAll();
            }
            if (!paths.readOnly().isEmpty()) {
                authorize.requestMatchers(HttpMethod.GET, paths.readOnly().toArray(String[]::new)).permitAll();
                authorize.requestMatchers(HttpMethod.HEAD, paths.readOnly().toArray(String[]::new)).permitAll();
            }
        }
    }
}
