package org.crosscheck.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.apache.spark.Partitioner;
import org.crosscheck.model.ClaimKey;

/**
 * Where a record goes in the shuffle: to the partition of {@code group}, and there in the order of
 * group, then role, then id. So each partition reads its keys one after another, each key's
 * records together, and holds one batch of keys at a time rather than its whole share.
 *
 * @param group the key (subject + property) whose rules need the record
 * @param role  {@link #INDEX}: a claim of another key that the group's rules reach for (a duration's
 *              events); {@link #CLAIM}: one of the group's own claims; {@link #TALLY}: a file's tally
 * @param id    the claim's id (the group's claims in id order), or the file's index for a tally
 */
record ShuffleKey(ClaimKey group, int role, String id) implements Serializable {

    static final int INDEX = 0;
    static final int CLAIM = 1;
    static final int TALLY = 2;

    /** The group of every file's tally: no claim has an empty subject. */
    static final ClaimKey TALLIES = new ClaimKey("", "");

    /** The order within a partition. */
    static final class Order implements Comparator<ShuffleKey>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(ShuffleKey a, ShuffleKey b) {
            int byGroup = a.group.compareTo(b.group);
            if (byGroup != 0) {
                return byGroup;
            }
            int byRole = Integer.compare(a.role, b.role);
            return byRole != 0 ? byRole : a.id.compareTo(b.id);
        }
    }

    /** Partitions by group alone, so all of a key's records meet in one partition. */
    static final class ByGroup extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ByGroup(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return Math.floorMod(((ShuffleKey) key).group.hashCode(), partitions);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ByGroup by && by.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }
}
