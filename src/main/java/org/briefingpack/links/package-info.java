/**
 * Resource-link fetching: fetches each link a document gives, and each page an input link names (safely,
 * politely: robots.txt, one request at a time per host, conditional requests; cached on disk), and fills
 * its title, status and fetch time, keeping the body for readers. Owns nothing else: it never extracts
 * links, reads pages for facts or renders them.
 */
package org.briefingpack.links;
