/**
 * Sign-in and request security: the one authentication mechanism (form sessions for pages, Basic or
 * bearer tokens for the API), the identity store, session limits and security headers.
 */
package com.salesperf.security.boundary;
