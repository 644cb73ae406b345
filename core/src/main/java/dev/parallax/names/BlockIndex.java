package dev.parallax.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocking index of {@link NameResolver}: which entities have a token whose folded key has a
 * given consonant skeleton, or that skeleton less one letter (a symmetric-deletion neighbourhood),
 * so that the candidates of a query come from a few lookups whatever the dictionary size.
 *
 * <pre>
 * BlockIndex.Builder b = BlockIndex.builder();
 * int luhovskyi = b.surface(new String[] {"lugovski"});   // blocks lgvsk, gvsk, lvsk, ... lgvs
 * int oleh = b.surface(new String[] {"oleg", "oleS"});
 * b.entity(new int[] {luhovskyi, oleh});                  // entity 0
 * BlockIndex index = b.build();
 * index.candidates(List.of(BlockIndex.Blocks.of(List.of("lugovskoi"), false)), Integer.MAX_VALUE)
 *                                                         // [0]: lugovskoi folds to lgvsk too
 * </pre>
 *
 * <p>A block (a skeleton or one of its deletions) of up to {@value #MAX_PACKED} key letters is
 * packed into a long, five bits a letter, so that neither building nor querying makes strings;
 * longer blocks or blocks with letters outside the key alphabet are kept as strings. Blocks are
 * numbered; each has its entities in ascending order. Each entity also lists its surfaces' block
 * sets, so that once the rarest query token has given the candidates, every other token is checked
 * per candidate rather than by reading the large posting lists of common given names.
 *
 * <p>Immutable after {@link Builder#build} and safe for concurrent use: each thread gets its own
 * scratch marks.
 */
final class BlockIndex {
    static final int MAX_PACKED = 12;

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzSC";
    private static final byte[] CODE = new byte[128];

    static {
        for (int i = 0; i < ALPHABET.length(); i++) {
            CODE[ALPHABET.charAt(i)] = (byte) (i + 1);
        }
    }

    /** Block number -> ascending entity numbers. */
    private final int[][] postings;

    private final LongIntTable packedIds;
    private final Map<String, Integer> otherIds;

    private final int entityCount;
    private final ThreadLocal<Scratch> scratch;

    private BlockIndex(Builder b) {
        this.entityCount = b.entityCount;
        this.postings = b.postings();
        this.packedIds = b.packedIds;
        this.otherIds = b.otherIds;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(entityCount));
    }

    static Builder builder() {
        return new Builder();
    }

    /** The number of blocks (for tests and heap estimates). */
    int blockCount() {
        return postings.length;
    }

    /**
     * The entities (ascending) that every token reaches through one of its blocks; {@code null}
     * when {@code tokens} is empty. With {@code cap}, a result longer than {@code cap} may be
     * returned cut short at {@code cap + 1} entities: the caller only needs to know it is long.
     */
    int[] candidates(List<Blocks> tokens, int cap) {
        if (tokens.isEmpty()) {
            return null;
        }
        int n = tokens.size();
        int[][][] lists = new int[n][][];
        long[] sizes = new long[n];
        for (int t = 0; t < n; t++) {
            Blocks q = tokens.get(t);
            int[][] ls = new int[q.size()][];
            int k = 0;
            for (long p : q.packed) {
                int id = packedIds.get(p);
                if (id >= 0) {
                    ls[k++] = postings[id];
                    sizes[t] += postings[id].length;
                }
            }
            for (String o : q.other) {
                Integer id = otherIds.get(o);
                if (id != null) {
                    ls[k++] = postings[id];
                    sizes[t] += postings[id].length;
                }
            }
            lists[t] = k == ls.length ? ls : Arrays.copyOf(ls, k);
        }
        // the rarest token's lists give the candidates; the others only filter them, rarest first
        Integer[] order = new Integer[n];
        for (int t = 0; t < n; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (x, y) -> Long.compare(sizes[x], sizes[y]));
        Scratch s = scratch.get();
        int[] acc = s.union(lists[order[0]], sizes[order[0]]);
        for (int r = 1; r < n && acc.length > 0; r++) {
            int t = order[r];
            acc = s.reachedBy(acc, lists[t], sizes[t], r == n - 1 ? cap : Integer.MAX_VALUE);
        }
        return cap < acc.length ? Arrays.copyOf(acc, cap + 1) : acc;
    }

    /** Per-thread marks, reused across calls so that no call allocates or clears them. */
    private static final class Scratch {
        /** One bit per entity, all clear between calls. */
        final long[] entityBits;

        Scratch(int entities) {
            this.entityBits = new long[(entities + 63) >>> 6];
        }

        /**
         * The members of ascending {@code cands} found in one of the ascending lists (of {@code
         * total} entries), stopping once more than {@code cap} are found.
         */
        int[] reachedBy(int[] cands, int[][] lists, long total, int cap) {
            int[] out = new int[Math.min(cands.length, cap == Integer.MAX_VALUE ? cands.length : cap + 1)];
            int n = 0;
            // a few candidates are looked up in the lists; many are met by marking the lists once
            if ((long) cands.length * lists.length * 8 > total) {
                long[] bits = entityBits;
                for (int[] p : lists) {
                    for (int e : p) {
                        bits[e >>> 6] |= 1L << e;
                    }
                }
                for (int e : cands) {
                    if ((bits[e >>> 6] & (1L << e)) != 0) {
                        out[n++] = e;
                        if (n > cap) {
                            break;
                        }
                    }
                }
                for (int[] p : lists) {
                    for (int e : p) {
                        bits[e >>> 6] = 0;
                    }
                }
                return Arrays.copyOf(out, n);
            }
            for (int e : cands) {
                for (int[] p : lists) {
                    if (Arrays.binarySearch(p, e) >= 0) {
                        out[n++] = e;
                        break;
                    }
                }
                if (n > cap) {
                    break;
                }
            }
            return Arrays.copyOf(out, n);
        }

        /** The ascending distinct members of sorted lists. */
        int[] union(int[][] lists, long total) {
            if (lists.length == 1) {
                return lists[0];
            }
            if (total <= 256 || total * 8 < entityBits.length) {
                int[] all = new int[(int) total];
                int k = 0;
                for (int[] p : lists) {
                    System.arraycopy(p, 0, all, k, p.length);
                    k += p.length;
                }
                Arrays.sort(all);
                int m = 0;
                for (int i = 0; i < all.length; i++) {
                    if (i == 0 || all[i] != all[i - 1]) {
                        all[m++] = all[i];
                    }
                }
                return Arrays.copyOf(all, m);
            }
            // a large union: a bitmap read in order is a sort without comparisons
            long[] bits = entityBits;
            int lo = bits.length;
            int hi = -1;
            for (int[] p : lists) {
                for (int e : p) {
                    bits[e >>> 6] |= 1L << e;
                }
                if (p.length > 0) {
                    lo = Math.min(lo, p[0] >>> 6);
                    hi = Math.max(hi, p[p.length - 1] >>> 6);
                }
            }
            int count = 0;
            for (int w = lo; w <= hi; w++) {
                count += Long.bitCount(bits[w]);
            }
            int[] out = new int[count];
            int k = 0;
            for (int w = lo; w <= hi; w++) {
                long word = bits[w];
                bits[w] = 0;
                while (word != 0) {
                    out[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                }
            }
            return out;
        }
    }

    /** The blocks of one query token: packed ones and the few that do not pack. */
    static final class Blocks {
        private static final long[] NO_PACKED = {};
        private static final String[] NO_OTHER = {};

        final long[] packed;
        final String[] other;

        private Blocks(long[] packed, String[] other) {
            this.packed = packed;
            this.other = other;
        }

        /**
         * The blocks of a token with these keys: each key's skeleton, and with {@code near} also
         * its one-letter deletions.
         */
        static Blocks of(List<String> keys, boolean near) {
            Set<Long> packed = new LinkedHashSet<>();
            Set<String> other = new LinkedHashSet<>();
            for (String k : keys) {
                String sk = NameKeys.skeleton(k);
                if (sk.isEmpty()) {
                    continue;
                }
                long p = pack(sk);
                if (p >= 0) {
                    packed.add(p);
                    if (near && sk.length() >= 3) {
                        for (int i = 0; i < sk.length(); i++) {
                            packed.add(deleteAt(p, sk.length(), i));
                        }
                    }
                } else {
                    other.add(sk);
                    if (near && sk.length() >= 3) {
                        for (int i = 0; i < sk.length(); i++) {
                            addBlock(sk.substring(0, i) + sk.substring(i + 1), packed, other);
                        }
                    }
                }
            }
            long[] pa = packed.isEmpty() ? NO_PACKED : new long[packed.size()];
            int i = 0;
            for (long p : packed) {
                pa[i++] = p;
            }
            return new Blocks(pa, other.isEmpty() ? NO_OTHER : other.toArray(new String[0]));
        }

        int size() {
            return packed.length + other.length;
        }

        private static void addBlock(String block, Set<Long> packed, Set<String> other) {
            long p = pack(block);
            if (p >= 0) {
                packed.add(p);
            } else {
                other.add(block);
            }
        }
    }

    /** Five bits a letter, first letter highest; -1 when the block does not pack. */
    static long pack(String block) {
        int n = block.length();
        if (n > MAX_PACKED) {
            return -1;
        }
        long p = 0;
        for (int i = 0; i < n; i++) {
            char c = block.charAt(i);
            int code = c < 128 ? CODE[c] : 0;
            if (code == 0) {
                return -1;
            }
            p = (p << 5) | code;
        }
        return p;
    }

    /** The packed block of {@code length} letters without its letter {@code i}. */
    static long deleteAt(long packed, int length, int i) {
        int after = 5 * (length - 1 - i);
        long low = packed & ((1L << after) - 1);
        long high = packed >>> (after + 5);
        return (high << after) | low;
    }

    /** Collects surfaces and entities; not thread-safe. */
    static final class Builder {
        private final LongIntTable packedIds = new LongIntTable();
        private final Map<String, Integer> otherIds = new HashMap<>();
        private int blockCount;
        /** Per entity (in order) its surfaces' block set numbers, ended by -1. */
        private final IntList entitySets = new IntList();

        private final Map<String, int[]> keyBlocks = new HashMap<>();
        private final List<int[]> blockSets = new ArrayList<>();
        private int entityCount;

        private Builder() {}

        /**
         * The number of a new block set, that of a surface with these keys; the caller asks once
         * per distinct list of keys.
         */
        int surface(String[] keys) {
            int[] set;
            if (keys.length == 1) {
                set = keyBlocks(keys[0]);
            } else {
                IntList all = new IntList();
                for (String k : keys) {
                    all.addAll(keyBlocks(k));
                }
                set = all.sortedUnique();
            }
            int number = blockSets.size();
            blockSets.add(set);
            return number;
        }

        /** Adds the next entity (numbered from 0 in call order) with the block sets of its surfaces. */
        void entity(int[] surfaceSets) {
            entityCount++;
            for (int set : surfaceSets) {
                entitySets.append(set);
            }
            entitySets.append(-1);
        }

        /** Each block's entities, ascending and distinct: counted first, so each list is made once at its size. */
        private int[][] postings() {
            int[] count = new int[blockCount];
            int[] last = new int[blockCount];
            Arrays.fill(last, -1);
            int[] sets = entitySets.toArray();
            for (int pass = 0; pass < 2; pass++) {
                int[][] out = pass == 0 ? null : new int[blockCount][];
                if (out != null) {
                    for (int b = 0; b < blockCount; b++) {
                        out[b] = new int[count[b]];
                        count[b] = 0;
                    }
                    Arrays.fill(last, -1);
                }
                int e = 0;
                for (int set : sets) {
                    if (set < 0) {
                        e++;
                        continue;
                    }
                    for (int id : blockSets.get(set)) {
                        if (last[id] != e) { // two surfaces of one entity may share a block
                            last[id] = e;
                            if (out != null) {
                                out[id][count[id]] = e;
                            }
                            count[id]++;
                        }
                    }
                }
                if (out != null) {
                    return out;
                }
            }
            throw new AssertionError("unreachable");
        }

        BlockIndex build() {
            return new BlockIndex(this);
        }

        /** The ascending block numbers of one key's skeleton and its one-letter deletions. */
        private int[] keyBlocks(String key) {
            int[] known = keyBlocks.get(key);
            if (known != null) {
                return known;
            }
            String sk = NameKeys.skeleton(key);
            IntList ids = new IntList();
            if (!sk.isEmpty()) {
                long p = pack(sk);
                if (p >= 0) {
                    ids.add(packedId(p));
                    if (sk.length() >= 3) {
                        for (int i = 0; i < sk.length(); i++) {
                            ids.add(packedId(deleteAt(p, sk.length(), i)));
                        }
                    }
                } else {
                    ids.add(blockId(sk));
                    if (sk.length() >= 3) {
                        for (int i = 0; i < sk.length(); i++) {
                            ids.add(blockId(sk.substring(0, i) + sk.substring(i + 1)));
                        }
                    }
                }
            }
            int[] out = ids.sortedUnique();
            keyBlocks.put(key, out);
            return out;
        }

        private int blockId(String block) {
            long p = pack(block);
            return p >= 0 ? packedId(p) : otherIds.computeIfAbsent(block, b -> newBlock());
        }

        private int packedId(long p) {
            int id = packedIds.get(p);
            if (id < 0) {
                id = newBlock();
                packedIds.put(p, id);
            }
            return id;
        }

        private int newBlock() {
            return blockCount++;
        }
    }

    /** Open addressing from packed blocks (non-negative longs) to block numbers. */
    private static final class LongIntTable {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        LongIntTable() {
            Arrays.fill(keys, -1);
        }

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
                long k = keys[i];
                if (k == key) {
                    return values[i];
                }
                if (k == -1) {
                    return -1;
                }
            }
        }

        void put(long key, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            while (keys[i] != -1 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (keys[i] == -1) {
                size++;
            }
            keys[i] = key;
            values[i] = value;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, -1);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != -1) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }

        private static int mix(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 29));
        }
    }

    /** A growable int array. */
    static final class IntList {
        private int[] a = new int[4];
        private int n;

        /** Appends x unless it repeats the last element. */
        void add(int x) {
            if (n > 0 && a[n - 1] == x) {
                return;
            }
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = x;
        }

        void addAll(int[] xs) {
            if (n + xs.length > a.length) {
                a = Arrays.copyOf(a, Math.max(a.length * 2, n + xs.length));
            }
            System.arraycopy(xs, 0, a, n, xs.length);
            n += xs.length;
        }

        /** Appends x, repeated or not. */
        void append(int x) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = x;
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }

        int[] sortedUnique() {
            int[] s = Arrays.copyOf(a, n);
            Arrays.sort(s);
            int m = 0;
            for (int i = 0; i < s.length; i++) {
                if (i == 0 || s[i] != s[i - 1]) {
                    s[m++] = s[i];
                }
            }
            return Arrays.copyOf(s, m);
        }
    }
}
