/**
 * Resource-link checking: fetches each link a document gives (safely, politely, cached on disk) and
 * fills its title, status and fetch time. Owns nothing else: it never extracts links or renders them.
 */
package org.briefingpack.links;
