package org.briefingpack.links;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses; a seam so tests never send a DNS query. */
@FunctionalInterface
interface HostResolver {

    /** The JVM resolver, whose positive cache the HTTP client then reads too (see LinkFetcher). */
    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
