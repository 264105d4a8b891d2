package org.briefingpack.distribution;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.briefingpack.io.Sha256;

/**
 * One message to send: its recipients and the briefings it carries, each new to them or an update of a pack they
 * had. Its Message-ID is a function of both, so the same message made again carries the same id.
 */
public record Delivery(List<String> to, List<Item> items) {

    public Delivery {
        to = List.copyOf(to);
        items = List.copyOf(items);
    }

    /** @param updated the recipients had an earlier pack of this document */
    public record Item(Briefing briefing, boolean updated) {}

    public boolean updated() {
        return items.stream().allMatch(Item::updated);
    }

    /** {@code <hash@briefing-pack>}: the hash of the recipients and each pack's document and SHA-256. */
    public String messageId() {
        StringBuilder key = new StringBuilder(String.join(",", to));
        for (Item item : items) {
            key.append('|')
                    .append(item.briefing().folder())
                    .append(':')
                    .append(item.briefing().packSha256());
        }
        byte[] hash = Sha256.digest().digest(key.toString().getBytes(StandardCharsets.UTF_8));
        return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@briefing-pack>";
    }

    public List<String> documents() {
        return items.stream().map(item -> item.briefing().folder()).toList();
    }
}
