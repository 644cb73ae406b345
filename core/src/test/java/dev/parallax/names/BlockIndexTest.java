package dev.parallax.names;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.TestSeeds;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockIndexTest {
    @Test
    void packedDeletionIsTheDeletedString() {
        long seed = TestSeeds.seed();
        Random rnd = new Random(seed);
        String alphabet = "abcdefghijklmnopqrstuvwxyzSC";
        for (int n = 0; n < 5_000; n++) {
            String s = random(rnd, alphabet, 1 + rnd.nextInt(BlockIndex.MAX_PACKED));
            long p = BlockIndex.pack(s);
            assertThat(p).as("seed " + seed + ": " + s).isNotNegative();
            for (int i = 0; i < s.length(); i++) {
                assertThat(BlockIndex.deleteAt(p, s.length(), i))
                        .as("seed " + seed + ": " + s + " without " + i)
                        .isEqualTo(BlockIndex.pack(s.substring(0, i) + s.substring(i + 1)));
            }
        }
        assertThat(BlockIndex.pack("abcdefghijklm")).isEqualTo(-1); // too long: kept as a string
        assertThat(BlockIndex.pack("kiïv")).isEqualTo(-1);
    }

    @Test
    void theDocumentedExampleFindsItsEntity() {
        BlockIndex.Builder b = BlockIndex.builder();
        int luhovskyi = b.surface(new String[] {"lugovski"});
        int oleh = b.surface(new String[] {"oleg", "oleS"});
        b.entity(new int[] {luhovskyi, oleh});
        BlockIndex index = b.build();
        assertThat(index.candidates(List.of(BlockIndex.Blocks.of(List.of("lugovskoi"), false)), Integer.MAX_VALUE))
                .containsExactly(0);
        assertThat(index.candidates(List.of(), Integer.MAX_VALUE)).isNull();
    }

    /** Every entity whose blocks meet each query token's blocks, by strings, the slow way. */
    @Test
    void candidatesAreTheEntitiesEveryTokenReaches() {
        long seed = TestSeeds.seed();
        Random rnd = new Random(seed);
        String alphabet = "aeioubdgklmnrstvSC";
        List<List<String[]>> entities = new ArrayList<>();
        BlockIndex.Builder b = BlockIndex.builder();
        java.util.Map<String, Integer> sets = new java.util.HashMap<>();
        for (int e = 0; e < 400; e++) {
            List<String[]> surfaces = new ArrayList<>();
            int[] numbers = new int[1 + rnd.nextInt(3)];
            for (int s = 0; s < numbers.length; s++) {
                String[] keys = new String[1 + rnd.nextInt(2)];
                for (int k = 0; k < keys.length; k++) {
                    // now and then a key too long to pack
                    keys[k] = random(rnd, alphabet, rnd.nextInt(20) == 0 ? 16 + rnd.nextInt(4) : 2 + rnd.nextInt(5));
                }
                String list = String.join(" ", keys);
                Integer known = sets.get(list);
                numbers[s] = known != null ? known : b.surface(keys);
                sets.putIfAbsent(list, numbers[s]);
                surfaces.add(keys);
            }
            b.entity(numbers);
            entities.add(surfaces);
        }
        BlockIndex index = b.build();
        for (int n = 0; n < 300; n++) {
            boolean near = rnd.nextBoolean();
            List<List<String>> query = new ArrayList<>();
            List<BlockIndex.Blocks> blocks = new ArrayList<>();
            for (int t = 1 + rnd.nextInt(3); t > 0; t--) {
                List<String> keys = new ArrayList<>();
                for (int k = 1 + rnd.nextInt(2); k > 0; k--) {
                    keys.add(random(rnd, alphabet, 2 + rnd.nextInt(5)));
                }
                query.add(keys);
                blocks.add(BlockIndex.Blocks.of(keys, near));
            }
            List<Integer> expected = new ArrayList<>();
            for (int e = 0; e < entities.size(); e++) {
                Set<String> own = new HashSet<>();
                for (String[] keys : entities.get(e)) {
                    for (String k : keys) {
                        own.addAll(blocks(k, true));
                    }
                }
                boolean all = true;
                for (List<String> keys : query) {
                    boolean met = false;
                    for (String k : keys) {
                        for (String qb : blocks(k, near)) {
                            met |= own.contains(qb);
                        }
                    }
                    all &= met;
                }
                if (all) {
                    expected.add(e);
                }
            }
            int[] got = index.candidates(blocks, Integer.MAX_VALUE);
            assertThat(got)
                    .as("seed " + seed + ", query " + query + (near ? " near" : ""))
                    .containsExactly(
                            expected.stream().mapToInt(Integer::intValue).toArray());
            int cap = rnd.nextInt(5);
            int[] capped = index.candidates(blocks, cap);
            assertThat(capped.length).isEqualTo(Math.min(got.length, cap + 1));
        }
    }

    private static Set<String> blocks(String key, boolean near) {
        Set<String> out = new HashSet<>();
        String sk = NameKeys.skeleton(key);
        if (sk.isEmpty()) {
            return out;
        }
        out.add(sk);
        if (near && sk.length() >= 3) {
            for (int i = 0; i < sk.length(); i++) {
                out.add(sk.substring(0, i) + sk.substring(i + 1));
            }
        }
        return out;
    }

    private static String random(Random rnd, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
