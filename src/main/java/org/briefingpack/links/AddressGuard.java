package org.briefingpack.links;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides whether an address may be connected to. A document nobody vetted must not make the job
 * probe the machine it runs on or its network (cloud metadata at 169.254.169.254, an admin page on
 * 10.0.0.1), so only public unicast addresses pass unless the user allows private ones.
 */
final class AddressGuard {

    private final Predicate<InetAddress> exempt;

    private AddressGuard(Predicate<InetAddress> exempt) {
        this.exempt = exempt;
    }

    static AddressGuard publicOnly() {
        return new AddressGuard(address -> false);
    }

    static AddressGuard allowAll() {
        return new AddressGuard(address -> true);
    }

    /** Public addresses plus exactly these (tests: the local server, and nothing else on loopback). */
    static AddressGuard allowing(Set<InetAddress> addresses) {
        Set<InetAddress> allowed = Set.copyOf(addresses);
        return new AddressGuard(allowed::contains);
    }

    /** Why the address is refused, or empty when it may be connected to. */
    Optional<String> refusal(InetAddress address) {
        if (exempt.test(address)) {
            return Optional.empty();
        }
        return Optional.ofNullable(nonPublicReason(address));
    }

    /**
     * A host written as one number, decimal ({@code 2130706433}) or hexadecimal ({@code 0x7f000001}), as the IPv4
     * address browsers and curl take it for; java.net.URI and the JDK's resolver do not read that form, so it is
     * read here and checked as the address it is (127.0.0.1 written that way is refused as loopback).
     */
    static Optional<InetAddress> oneNumberIpv4(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        boolean hex = h.startsWith("0x");
        String digits = hex ? h.substring(2) : h;
        if (digits.isEmpty()
                || digits.length() > (hex ? 8 : 10)
                || !digits.chars().allMatch(c -> Character.digit(c, hex ? 16 : 10) >= 0)) {
            return Optional.empty();
        }
        long value = Long.parseLong(digits, hex ? 16 : 10);
        if (value > 0xFFFF_FFFFL) {
            return Optional.empty();
        }
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        try {
            return Optional.of(InetAddress.getByAddress(host, bytes));
        } catch (UnknownHostException e) {
            return Optional.empty(); // four bytes are always a valid length
        }
    }

    /** The kind of non-public address this is, or null for a public unicast address. */
    static String nonPublicReason(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "unspecified address";
        }
        if (address.isLoopbackAddress()) {
            return "loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local address";
        }
        if (address.isSiteLocalAddress()) {
            return "private address";
        }
        if (address.isMulticastAddress()) {
            return "multicast address";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4Reason(b);
        }
        if (address instanceof Inet6Address) {
            return ipv6Reason(b);
        }
        return "unknown address family";
    }

    private static String ipv4Reason(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return "unspecified address";
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return "shared address (CGNAT)";
        }
        if (first >= 240) {
            return "reserved address";
        }
        if (first == 192 && second == 0 && (b[2] & 0xff) == 0) {
            return "reserved address";
        }
        if (first == 198 && (second & 0xfe) == 18) {
            return "reserved address";
        }
        return null;
    }

    private static String ipv6Reason(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return "private address";
        }
        // Addresses that carry an IPv4 address inside reach that address: judge the IPv4 one.
        boolean ipv4Compatible = allZero(b, 0, 12);
        boolean nat64 =
                b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
        if (ipv4Compatible || nat64) {
            return embeddedReason(Arrays.copyOfRange(b, 12, 16));
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return embeddedReason(Arrays.copyOfRange(b, 2, 6));
        }
        return null;
    }

    private static String embeddedReason(byte[] ipv4) {
        try {
            return nonPublicReason(InetAddress.getByAddress(ipv4));
        } catch (UnknownHostException e) {
            return "invalid address";
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
