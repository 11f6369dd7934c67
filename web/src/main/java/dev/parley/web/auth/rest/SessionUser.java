package dev.parley.web.auth.rest;

import java.util.List;

/** Who is logged in, as the Angular app needs it to pick the area to show. */
public record SessionUser(String username, String displayName, List<String> roles) {}
