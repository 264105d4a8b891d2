package org.briefingpack.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressGuardTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "PUBLIC",
            value = {
                "127.0.0.1            | loopback address",
                "127.255.0.9          | loopback address",
                "::1                  | loopback address",
                "10.0.0.1             | private address",
                "10.255.255.255       | private address",
                "172.16.0.1           | private address",
                "172.31.255.255       | private address",
                "192.168.0.1          | private address",
                "fc00::1              | private address",
                "fd12:3456::1         | private address",
                "169.254.169.254      | link-local address",
                "fe80::1              | link-local address",
                "224.0.0.1            | multicast address",
                "239.255.255.250      | multicast address",
                "ff02::1              | multicast address",
                "0.0.0.0              | unspecified address",
                "0.1.2.3              | unspecified address",
                "::                   | unspecified address",
                "100.64.0.1           | shared address (CGNAT)",
                "100.127.255.255      | shared address (CGNAT)",
                "240.0.0.1            | reserved address",
                "255.255.255.255      | reserved address",
                "::ffff:10.0.0.1      | private address",
                "::ffff:127.0.0.1     | loopback address",
                "::10.0.0.1           | private address",
                "64:ff9b::a9fe:a9fe   | link-local address",
                "2002:c0a8:0101::1    | private address",
                "8.8.8.8              | PUBLIC",
                "172.15.255.255       | PUBLIC",
                "172.32.0.1           | PUBLIC",
                "100.63.255.255       | PUBLIC",
                "100.128.0.1          | PUBLIC",
                "93.184.215.14        | PUBLIC",
                "2606:4700::6810:84e5 | PUBLIC",
                "64:ff9b::808:808     | PUBLIC"
            })
    void publicOnly_refusesEveryNonPublicAddressWithItsKind(String address, String expected)
            throws UnknownHostException {
        InetAddress parsed = InetAddress.getByName(address); // literals only: no DNS

        assertThat(AddressGuard.publicOnly().refusal(parsed)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void allowing_exemptsExactlyTheGivenAddresses() throws UnknownHostException {
        AddressGuard guard = AddressGuard.allowing(Set.of(InetAddress.getByName("127.0.0.1")));

        assertThat(guard.refusal(InetAddress.getByName("127.0.0.1"))).isEmpty();
        assertThat(guard.refusal(InetAddress.getByName("127.0.0.2"))).contains("loopback address");
        assertThat(guard.refusal(InetAddress.getByName("10.0.0.1"))).contains("private address");
    }

    @Test
    void allowAll_exemptsPrivateAddresses() throws UnknownHostException {
        assertThat(AddressGuard.allowAll().refusal(InetAddress.getByName("10.0.0.1")))
                .isEmpty();
        assertThat(AddressGuard.allowAll().refusal(InetAddress.getByName("::1")))
                .isEmpty();
    }
}
