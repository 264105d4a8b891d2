package org.briefingpack.distribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a run still has to send, from the briefings, the recipients each one has, and the ledger: a recipient who
 * has this pack (sent, or pending from a killed run) gets nothing; one who had an earlier pack of the document gets
 * it as "updated". Recipients due the same briefings share one message (a digest), or each briefing is a message
 * of its own ({@code per: document}).
 *
 * @param deliveries the messages to send, in a stable order
 * @param uncertain  packs left PENDING by an execution that stopped after handing them to the server and before
 *                   recording them sent: never sent again automatically
 */
public record DistributionPlan(List<Delivery> deliveries, List<DistributionLedger.Entry> uncertain) {

    public static DistributionPlan of(
            List<Briefing> briefings, DistributionSettings settings, DistributionLedger ledger) {
        Recipients recipients = new Recipients(settings);
        // per recipient, the briefings due, in run order
        Map<String, List<Delivery.Item>> due = new TreeMap<>();
        List<DistributionLedger.Entry> uncertain = new ArrayList<>();
        for (Briefing briefing : briefings) {
            Set<String> to = recipients.of(briefing);
            if (to.isEmpty()) {
                continue;
            }
            List<DistributionLedger.Entry> entries = ledger.entries(briefing.folder());
            for (String recipient : to) {
                boolean had = false;
                DistributionLedger.Entry same = null;
                for (DistributionLedger.Entry entry : entries) {
                    if (entry.recipient().equals(recipient)) {
                        had = true;
                        if (entry.packSha256().equals(briefing.packSha256())) {
                            same = entry;
                        }
                    }
                }
                if (same != null) {
                    if (same.state() == DistributionLedger.State.PENDING) {
                        uncertain.add(same);
                    }
                    continue;
                }
                due.computeIfAbsent(recipient, r -> new ArrayList<>()).add(new Delivery.Item(briefing, had));
            }
        }
        return new DistributionPlan(group(due, settings.per()), uncertain);
    }

    private static List<Delivery> group(Map<String, List<Delivery.Item>> due, DistributionSettings.Per per) {
        // recipients with the same items share a message; keys keep the first-seen order of item lists
        Map<List<Delivery.Item>, Set<String>> byItems = new LinkedHashMap<>();
        for (Map.Entry<String, List<Delivery.Item>> entry : due.entrySet()) {
            if (per == DistributionSettings.Per.DOCUMENT) {
                for (Delivery.Item item : entry.getValue()) {
                    byItems.computeIfAbsent(List.of(item), k -> new TreeSet<>()).add(entry.getKey());
                }
            } else {
                byItems.computeIfAbsent(List.copyOf(entry.getValue()), k -> new TreeSet<>())
                        .add(entry.getKey());
            }
        }
        List<Delivery> deliveries = new ArrayList<>();
        byItems.forEach((items, to) -> deliveries.add(new Delivery(List.copyOf(to), items)));
        return deliveries;
    }
}
