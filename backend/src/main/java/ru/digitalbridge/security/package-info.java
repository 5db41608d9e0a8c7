/** Users, roles, sign-in with short-lived JWTs and refresh cookies, sign-in throttling. */
package ru.digitalbridge.security;
