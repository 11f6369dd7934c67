package dev.parley.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Parley's REST API. The OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Parley API",
            version = "0.1.0",
            description =
                "Omnichannel contact center. Log in with POST /api/auth/login; the session cookie"
                    + " then authenticates every call. Unauthenticated calls get 401, calls"
                    + " without the required role 403.",
            license = @License(name = "Apache-2.0")))
@SecurityScheme(
    securitySchemeName = "session",
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    apiKeyName = "JSESSIONID")
public class ParleyApplication extends Application {}
