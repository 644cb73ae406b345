package dev.parallax.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Links one written name to the dictionary entity it denotes, across scripts, romanisation systems,
 * Ukrainian/Russian forms, name order, patronymics, initials, titles and case endings.
 *
 * <pre>
 * NameResolver r = NameResolver.of(dictionary);   // dictionary holds "Луговський Олег Вікторович"
 * r.resolve("Oleg Lugovskoy").entity().id();      // the same id as for
 * r.resolve("O. Luhovskyi").entity().id();
 * r.resolve("Andrei Fomin").linked();             // false when only Фомин Александр is known
 * </pre>
 *
 * <p>Method: every dictionary token is indexed under the consonant skeleton of its {@link
 * NameKeys#key folded key} (and of its Ukrainian/Russian equivalents), together with the skeleton's
 * one-letter deletions, so that candidates come from a few hash lookups whatever the dictionary
 * size. A query token contributes its keys under each reading convention, its Wikidata Russian
 * form, its equivalents and, for Cyrillic, its nominative candidates; candidates must be reached by
 * every full token of the query. Each candidate variant is then aligned token by token (one to one,
 * best pairs first); every query token must be explained, and every token of the variant except a
 * patronymic must be matched, so that a different given name or a different patronymic rejects the
 * variant. The score is calibrated so that 0.5 is the decision threshold; when two different
 * entities score alike, the answer is no entity.
 *
 * <p>Immutable and safe for concurrent use.
 */
public final class NameResolver {
    /** Calibration knee: a raw alignment score of this value maps to 0.5. */
    static final double RAW_THRESHOLD = 0.835;

    static final double MIN_TOKEN = 0.72;

    /** How far above its weakest full token a name's score may be lifted by its other tokens. */
    static final double WEAKEST_MARGIN = 0.1;

    /**
     * Weight of a close spelling whose word-formation suffix differs ({@link NameKeys#suffixClass}):
     * such names are usually derived from one stem for different places or people.
     */
    static final double OTHER_SUFFIX = 0.9;

    private static final int MAX_NEAR_CANDIDATES = 200;
    private static final int MAX_QUERY_TOKENS = 12;
    private static final int MAX_INPUT_CHARS = 2000;

    private final EntityDictionary dictionary;
    private final Entity[] entities;
    /** Each entity's type, read for every candidate, so kept apart from the entities. */
    private final EntityType[] types;

    private final Variant[][] variants;
    private final BlockIndex blocks;
    /** Each distinct surface's token by number (in no particular role). */
    private final Tok[] surfaceToks;
    /**
     * Per entity from {@code flatAt[e]}: the number of variants, then per variant its token count
     * (with its {@link #rigidTokens} count in the high half),
     * its surface numbers and its joined surface's number (-1 if none). The candidate filter reads
     * this instead of the variant objects, which lie all over a large heap.
     */
    private final int[] flat;

    private final int[] flatAt;
    /** Each thread's memo, cleared per call: allocating one per call costs more than filling it. */
    private final ThreadLocal<SimMemo> memos = ThreadLocal.withInitial(this::newMemo);
    /**
     * The letter counts of each key set's keys, by key set number, made when first compared: a
     * dictionary key is compared with many query keys. Filled racily; a thread that sees no
     * counts computes them again, and a null count only weakens a bound, never changes an answer.
     */
    private final EditCostBound.Letters[][] keyLetters;
    /**
     * By surface number, what the candidate filter reads of each surface without reaching for its
     * token: its key set, the hash of its lower case, its count of {@link #softMarks}.
     */
    private final int[] surfaceKeySets;

    private final int[] surfaceLowerHash;
    private final int[] surfaceMarks;

    /** {@code id} numbers distinct surfaces: a token's similarity to a query token depends only on its surface. */
    private record Tok(
            int id, String surface, String lower, String[] keys, int keySet, boolean patronymic, boolean surname) {
        Tok as(boolean patronymic, boolean surname) {
            return patronymic == this.patronymic && surname == this.surname
                    ? this
                    : new Tok(id, surface, lower, keys, keySet, patronymic, surname);
        }
    }

    private record Variant(NameVariant source, Tok[] tokens, Tok joined) {
        /** The consonant skeleton of the whole form. */
        String skeleton() {
            StringBuilder sb = new StringBuilder();
            for (Tok t : tokens) {
                sb.append(NameKeys.skeleton(t.keys[0])).append(' ');
            }
            return sb.toString();
        }
    }

    /** One reading of a query token; its letter counts are made when a comparison first needs them. */
    private static final class QKey {
        private static final EditCostBound.Letters UNCOUNTED = new EditCostBound.Letters(-1, -1);

        final String key;
        final String kind;
        final double base;
        /**
         * Set at most once per thread that asks; racy but safe, since the counts are immutable and
         * every thread computes the same.
         */
        private EditCostBound.Letters letters = UNCOUNTED;

        QKey(String key, String kind, double base) {
            this.key = key;
            this.kind = kind;
            this.base = base;
        }

        String key() {
            return key;
        }

        EditCostBound.Letters letters() {
            EditCostBound.Letters l = letters;
            if (l == UNCOUNTED) {
                l = EditCostBound.letters(key);
                letters = l;
            }
            return l;
        }
    }

    /** {@code optional}: a place class word at the edge of the query, which need not be matched. */
    private record QTok(
            String surface,
            String lower,
            List<QKey> keys,
            boolean initial,
            boolean optional,
            BlockIndex.Blocks exactBlocks,
            BlockIndex.Blocks nearBlocks) {
        QTok(String surface, String lower, List<QKey> keys, boolean initial) {
            this(surface, lower, keys, initial, false, blocks(keys, false), blocks(keys, true));
        }

        QTok asOptional() {
            return new QTok(surface, lower, keys, initial, true, exactBlocks, nearBlocks);
        }

        private static BlockIndex.Blocks blocks(List<QKey> keys, boolean near) {
            return BlockIndex.Blocks.of(keys.stream().map(QKey::key).toList(), near);
        }
    }

    /** Query tokens repeat (given names, places in the news): their keys and blocks are pure, so cached. */
    private static final int TOKEN_CACHE_LIMIT = 100_000;

    private static final java.util.concurrent.ConcurrentHashMap<String, QTok> TOKEN_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static QTok queryToken(String t) {
        QTok q = TOKEN_CACHE.get(t);
        if (q != null) {
            return q;
        }
        String key = NameKeys.key(t);
        if (key.isEmpty()) {
            return null;
        }
        boolean initial = t.codePointCount(0, t.length()) == 1;
        q = new QTok(t, lower(t), initial ? List.of(new QKey(key, "initial", 0.8)) : queryKeys(t), initial);
        if (TOKEN_CACHE.size() < TOKEN_CACHE_LIMIT) {
            TOKEN_CACHE.put(t, q);
        }
        return q;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, QTok> JOINED_CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A query's tokens written together (Gulyai Pole = Гуляйполе); cached like single tokens. */
    private static QTok joinedToken(String j) {
        QTok q = JOINED_CACHE.get(j);
        if (q == null) {
            q = new QTok(j, lower(j), queryKeys(j), false);
            if (JOINED_CACHE.size() < TOKEN_CACHE_LIMIT) {
                JOINED_CACHE.put(j, q);
            }
        }
        return q;
    }

    /** False only in tests: every candidate is aligned, as before {@link #tokenFloor} existed. */
    private final boolean pruning;

    private NameResolver(EntityDictionary dictionary, boolean pruning) {
        this.dictionary = dictionary;
        this.pruning = pruning;
        this.entities = dictionary.entities().toArray(new Entity[0]);
        this.types = new EntityType[entities.length];
        for (int e = 0; e < entities.length; e++) {
            types[e] = entities[e].type();
        }
        this.variants = new Variant[entities.length][];
        // surfaces repeat (given names, common surnames): their keys are computed once, and the
        // tokens share one copy of each string; surfaces with equal keys share one block set
        Map<String, Tok> surfaces = new HashMap<>();
        Map<String, Tok> byKeys = new HashMap<>();
        BlockIndex.Builder index = BlockIndex.builder();
        int[] sets = new int[8];
        BlockIndex.IntList flatList = new BlockIndex.IntList();
        int[] at = new int[entities.length + 1];
        for (int e = 0; e < entities.length; e++) {
            Entity ent = entities[e];
            at[e] = flatList.size();
            Variant[] vs = new Variant[ent.variants().size()];
            int nv = 0;
            int nsets = 0;
            for (NameVariant nv0 : ent.variants()) {
                List<String> toks = NameKeys.tokens(nv0.name());
                if (toks.isEmpty()) {
                    continue;
                }
                int patronymicAt = ent.type() == EntityType.PERSON ? patronymicIndex(toks) : -1;
                int surnameAt = surnameIndex(nv0.name(), toks, patronymicAt);
                Tok[] tt = new Tok[toks.size()];
                if (nsets + tt.length + 1 > sets.length) {
                    sets = Arrays.copyOf(sets, 2 * (nsets + tt.length + 1));
                }
                for (int i = 0; i < toks.size(); i++) {
                    Tok form = surface(toks.get(i), surfaces, byKeys, index);
                    tt[i] = form.as(i == patronymicAt, i == surnameAt);
                    sets[nsets++] = form.keySet;
                }
                Tok joined = null;
                if (toks.size() >= 2 && ent.type() != EntityType.PERSON) {
                    joined = surface(String.join("", toks), surfaces, byKeys, index);
                    sets[nsets++] = joined.keySet;
                }
                vs[nv++] = new Variant(nv0, tt, joined);
            }
            variants[e] = nv == vs.length ? vs : Arrays.copyOf(vs, nv);
            index.entity(Arrays.copyOf(sets, nsets));
            flatList.append(nv);
            for (int k = 0; k < nv; k++) {
                Variant v = variants[e][k];
                flatList.append(v.tokens.length | rigidTokens(v) << 16);
                for (Tok t : v.tokens) {
                    flatList.append(t.id);
                }
                flatList.append(v.joined == null ? -1 : v.joined.id);
            }
        }
        at[entities.length] = flatList.size();
        this.blocks = index.build();
        this.flat = flatList.toArray();
        this.flatAt = at;
        int keySets = 0;
        for (Tok t : surfaces.values()) {
            keySets = Math.max(keySets, t.keySet + 1);
        }
        this.keyLetters = new EditCostBound.Letters[keySets][];
        this.surfaceKeySets = new int[surfaces.size()];
        this.surfaceLowerHash = new int[surfaces.size()];
        this.surfaceMarks = new int[surfaces.size()];
        this.surfaceToks = new Tok[surfaces.size()];
        for (Tok t : surfaces.values()) {
            surfaceToks[t.id] = t;
            surfaceKeySets[t.id] = t.keySet;
            surfaceLowerHash[t.id] = t.lower.hashCode();
            surfaceMarks[t.id] = softMarks(t.lower);
        }
    }

    /**
     * The tokens of {@code v} that {@link #scoreVariant} never leaves unmatched: not a patronymic,
     * surname, place class word or half of a merged settlement's name. A query with fewer tokens
     * than that cannot match the variant, whatever its spelling, so {@link #mayMatch} skips it
     * without comparing a token (a one-word query against the two-word names of its block).
     */
    private static int rigidTokens(Variant v) {
        int rigid = 0;
        for (int j = 0; j < v.tokens.length; j++) {
            Tok t = v.tokens[j];
            if (!t.patronymic
                    && !t.surname
                    && !LinguisticResources.placeWords().contains(t.lower)
                    && !mergedSettlementPart(v, j)) {
                rigid++;
            }
        }
        return rigid;
    }

    /** The token of a distinct surface, numbered in order of first appearance. */
    private static Tok surface(
            String surface, Map<String, Tok> surfaces, Map<String, Tok> byKeys, BlockIndex.Builder index) {
        Tok known = surfaces.get(surface);
        if (known != null) {
            return known;
        }
        String[] keys = entityKeys(surface);
        // keys hold no control characters, so joined with one they name the key list
        String keyList = keys.length == 1 ? keys[0] : String.join("\u0001", keys);
        Tok same = byKeys.get(keyList);
        Tok t;
        if (same != null) {
            t = new Tok(surfaces.size(), surface, lower(surface), same.keys, same.keySet, false, false);
        } else {
            t = new Tok(surfaces.size(), surface, lower(surface), keys, index.surface(keys), false, false);
            byKeys.put(keyList, t);
        }
        surfaces.put(surface, t);
        return t;
    }

    /**
     * A resolver over {@code dictionary}; the linguistic resources are always in use.
     *
     * @throws NullPointerException when dictionary is null
     */
    public static NameResolver of(EntityDictionary dictionary) {
        return new NameResolver(Objects.requireNonNull(dictionary, "dictionary"), true);
    }

    /** A resolver that aligns every candidate, to show in tests that pruning changes no answer. */
    static NameResolver exhaustive(EntityDictionary dictionary) {
        return new NameResolver(Objects.requireNonNull(dictionary, "dictionary"), false);
    }

    private SimMemo newMemo() {
        return new SimMemo(this);
    }

    /** The dictionary this resolver links into. */
    public EntityDictionary dictionary() {
        return dictionary;
    }

    /** Resolves a name against entities of any type. */
    public Resolution resolve(String name) {
        return resolve(name, null);
    }

    /**
     * Resolves a name; with a non-null {@code expectedTypeOrNull} only entities of that type are
     * considered. With {@link EntityType#PERSON} a surname alone may name a person whose dictionary
     * form shows which token is the surname ("Zelensky", "Мединского"); without a type it may not,
     * because a lone word is as likely a place (Kashin the town, Кашин the deputy). Never throws on odd input: an empty, letterless or overlong name gets no entity.
     */
    public Resolution resolve(String name, EntityType expectedTypeOrNull) {
        Objects.requireNonNull(name, "name");
        if (name.length() > MAX_INPUT_CHARS) {
            return new Resolution(name, null, 0, "too-long", List.of());
        }
        List<QTok> query = queryTokens(name);
        if (query.isEmpty()) {
            return new Resolution(name, null, 0, "empty", List.of());
        }
        if (query.size() > MAX_QUERY_TOKENS) {
            return new Resolution(name, null, 0, "too-long", List.of());
        }
        List<QTok> joinedQuery = null;
        if (query.size() >= 2 && query.stream().noneMatch(QTok::initial)) {
            String j = String.join("", query.stream().map(QTok::surface).toList());
            joinedQuery = List.of(joinedToken(j));
        }
        // exact skeletons first; the one-letter neighbourhood only when they give no link
        Scored[] top = new Scored[2];
        SimMemo memo = memos.get().reset(name);
        int[] exact = stageCandidates(query, joinedQuery, false, Integer.MAX_VALUE);
        score(exact, null, query, joinedQuery, expectedTypeOrNull, top, memo);
        if (top[0] == null || calibrate(top[0].raw) < 0.5) {
            // a longer neighbourhood is not scored, so its count need not be exact
            int[] near = stageCandidates(query, joinedQuery, true, MAX_NEAR_CANDIDATES + exact.length);
            // a crowded neighbourhood is where close-but-wrong links live, and it costs the most
            if (near.length - exact.length <= MAX_NEAR_CANDIDATES) {
                score(near, exact, query, joinedQuery, expectedTypeOrNull, top, memo);
            }
        }
        if ((top[0] == null || calibrate(top[0].raw) < 0.5) && expectedTypeOrNull != EntityType.PERSON) {
            Scored[] fallback = withoutQualifier(query, memo);
            if (fallback != null) {
                top = fallback;
            }
        }
        Scored best = top[0];
        Scored second = top[1];
        if (best == null) {
            return new Resolution(name, null, 0, "no-candidate", List.of());
        }
        double score = calibrate(best.raw);
        if (score < 0.5) {
            return new Resolution(name, null, score, "below-threshold", List.of());
        }
        if (second != null
                && second.raw >= best.raw - AMBIGUITY
                && !second.signature().equals(best.signature())) {
            return new Resolution(name, null, Math.min(score, 0.49), "ambiguous", List.of());
        }
        return new Resolution(name, entities[best.entity], score, best.method, evidence(best, memo));
    }

    /** Weight of a link from one settlement's name to the hyphenated name of the town it merged into. */
    static final double MERGED_PART = 0.9;

    /**
     * True when token {@code j} of a two-token variant is one half of a hyphenated name of merged
     * settlements, and a name of its own: towns formed by merging two villages join their names,
     * which are possessives in -ово/-ево/-ино (Орехово-Зуево, Ликино-Дулево, Кирово-Чепецк), and are
     * still called by either. Other hyphenated first parts are qualifiers (Усть-Лабинск, Южно-),
     * and other second parts tell homonyms apart (Каменск-Уральский), so they are never dropped.
     */
    private static boolean mergedSettlementPart(Variant v, int j) {
        String key = v.tokens[j].keys[0];
        return key.length() >= 5
                && NameKeys.suffixClass(key) == NameKeys.Suffix.OVO
                && v.source.name().indexOf('-') > 0
                && v.source.name().indexOf(' ') < 0;
    }

    /** Weight of a place link made without the query's trailing qualifier adjective. */
    static final double WITHOUT_QUALIFIER = 0.92;

    /**
     * The best places for the query without its last token when that token is a qualifier
     * adjective in -ский/-ская/-ское after the name (Gorodok-Yagellonskiy, Bakhmach Romenskiy,
     * Pereslavl-Zalessky), or without its first when that is one in the combining form -ско-
     * (Donetsko-Amvrosiyevka): such adjectives tell homonymous towns apart and dictionaries often
     * leave them out. Only asked when the whole query links nothing; the link costs {@link
     * #WITHOUT_QUALIFIER}. Null when the query has no such qualifier or its head has no match
     * better than a close spelling.
     */
    private Scored[] withoutQualifier(List<QTok> query, SimMemo memo) {
        int n = query.size();
        if (n < 2) {
            return null;
        }
        List<QTok> head;
        if (isQualifier(query.get(n - 1), false)) {
            head = query.subList(0, n - 1);
        } else if (isQualifier(query.get(0), true)) {
            head = query.subList(1, n);
        } else {
            return null;
        }
        if (head.stream().allMatch(q -> q.initial || q.optional)) {
            return null;
        }
        List<QTok> joinedHead = null;
        if (head.size() >= 2 && head.stream().noneMatch(QTok::initial)) {
            joinedHead = List.of(
                    joinedToken(String.join("", head.stream().map(QTok::surface).toList())));
        }
        Scored[] top = new Scored[2];
        score(
                stageCandidates(head, joinedHead, false, Integer.MAX_VALUE),
                null,
                head,
                joinedHead,
                EntityType.PLACE,
                top,
                memo);
        if (top[0] == null || "fuzzy".equals(top[0].method)) {
            return null; // a head that is only close is too weak without its qualifier (Bilhorod is not Belgorod)
        }
        for (int i = 0; i < 2; i++) {
            Scored x = top[i];
            if (x != null) {
                top[i] = x.times(WITHOUT_QUALIFIER);
            }
        }
        return top;
    }

    /**
     * A qualifier adjective: after the name, -ский/-ская/-ское (Bakhmach Romenskiy); before it, the
     * combining form -ско-/-цко- of such an adjective (Donetsko-Amvrosiyevka = Донецко-Амвросиевка).
     */
    private static boolean isQualifier(QTok q, boolean leading) {
        if (q.initial || q.optional) {
            return false;
        }
        String key = q.keys.get(0).key;
        int len = key.length();
        if (len < 6) {
            return false;
        }
        if (leading) {
            return key.endsWith("sko") || key.endsWith("cko");
        }
        return NameKeys.suffixClass(key) == NameKeys.Suffix.SK && !key.endsWith("sk") && !key.endsWith("ck");
    }

    private int[] stageCandidates(List<QTok> query, List<QTok> joinedQuery, boolean near, int cap) {
        int[] cands = candidates(query, near, cap);
        if (joinedQuery != null) {
            int[] more = candidates(joinedQuery, near, cap);
            cands = cands == null ? more : union(cands, more);
        }
        return cands == null ? new int[0] : cands;
    }

    private void score(
            int[] cands,
            int[] done,
            List<QTok> query,
            List<QTok> joinedQuery,
            EntityType type,
            Scored[] top,
            SimMemo memo) {
        for (int e : cands) {
            if (type != null && types[e] != type) {
                continue;
            }
            if (done != null && Arrays.binarySearch(done, e) >= 0) {
                continue;
            }
            Scored s = scoreEntity(
                    e, query, joinedQuery, type == EntityType.PERSON, memo, pruning ? tokenFloor(top[0]) : MIN_TOKEN);
            if (s == null) {
                continue;
            }
            if (top[0] == null || s.raw > top[0].raw) {
                top[1] = top[0];
                top[0] = s;
            } else if (top[1] == null || s.raw > top[1].raw) {
                top[1] = s;
            }
        }
    }

    /** A runner-up closer than this to the best name of another entity makes the answer ambiguous. */
    static final double AMBIGUITY = 0.02;

    /**
     * The similarity every full query token must reach with some token of an entity's form for the
     * entity to matter, given the best so far. An entity matters only if it could come within
     * {@link #AMBIGUITY} of the best, T = best - AMBIGUITY. A form's raw score is at most its
     * weakest full token + {@link #WEAKEST_MARGIN} (penalties are at most 1), and the {@link
     * #CORROBORATION} of other forms lifts a raw r to at most g(r) = r + c r (1 - r), since they
     * score at most r; so an entity whose every form has a full query token under g^-1(T) - margin
     * ends under T and cannot change the answer. Such entities are skipped before their forms are
     * aligned, and the token similarities they need are computed only as far as that floor.
     */
    private static double tokenFloor(Scored best) {
        if (best == null) {
            return MIN_TOKEN;
        }
        double t = best.raw - AMBIGUITY;
        double c = CORROBORATION;
        double disc = (1 + c) * (1 + c) - 4 * c * t;
        if (t <= 0 || disc < 0) {
            return MIN_TOKEN;
        }
        double r = ((1 + c) - Math.sqrt(disc)) / (2 * c);
        // the slack keeps rounding from skipping an entity that ties the bound
        return Math.max(MIN_TOKEN, r - WEAKEST_MARGIN - 1e-9);
    }

    static double calibrate(double raw) {
        double s = raw <= RAW_THRESHOLD
                ? 0.5 * raw / RAW_THRESHOLD
                : 0.5 + 0.5 * (raw - RAW_THRESHOLD) / (1 - RAW_THRESHOLD);
        return Math.max(0, Math.min(1, Math.round(s * 1000) / 1000.0));
    }

    /**
     * A scored entity: its raw score, the weakest evidence's kind, and the form and query tokens
     * that gave it. The evidence and the signature are only asked of the best two of a call, so
     * they are made then rather than for every form scored.
     */
    private record Scored(
            int entity, double raw, String method, Variant variant, List<QTok> query, boolean surnameAlone) {
        Scored times(double factor) {
            return new Scored(entity, raw * factor, method, variant, query, surnameAlone);
        }

        Scored withRaw(double newRaw) {
            return new Scored(entity, newRaw, method, variant, query, surnameAlone);
        }

        /** The whole form's keys, sorted, so that two people sharing only a surname stay apart. */
        String signature() {
            String[] sig = new String[variant.tokens.length];
            for (int j = 0; j < sig.length; j++) {
                sig[j] = variant.tokens[j].keys[0];
            }
            Arrays.sort(sig);
            return String.join(" ", sig);
        }
    }

    /** The per-token evidence of a scored form, aligned again as {@link #scoreVariant} did. */
    private List<TokenEvidence> evidence(Scored s, SimMemo memo) {
        List<TokenEvidence> ev = new ArrayList<>(s.query.size());
        scoreVariant(s.entity, s.variant, s.query, s.surnameAlone, memo, ev);
        return ev;
    }

    private Scored scoreEntity(
            int e, List<QTok> query, List<QTok> joinedQuery, boolean surnameAlone, SimMemo memo, double floor) {
        if (!mayMatch(e, query, joinedQuery, memo, floor)) {
            return null;
        }
        Scored best = null;
        Variant bestVariant = null;
        // the variants that fit, but not exactly; usually one, so kept in a list made on demand
        List<Variant> close = null;
        List<Double> closeRaw = null;
        for (Variant v : variants[e]) {
            Scored s = scoreVariant(e, v, query, surnameAlone, memo);
            // written together or apart: Gulyai Pole = Гуляйполе, Krasniluch = Красний Луч
            if (v.tokens.length != query.size()) {
                Scored t;
                if (joinedQuery != null && v.tokens.length == 1) {
                    t = scoreVariant(e, v, joinedQuery, false, memo);
                } else if (query.size() == 1 && v.joined != null) {
                    t = scoreVariant(e, new Variant(v.source, new Tok[] {v.joined}, null), query, false, memo);
                } else if (joinedQuery != null && v.joined != null) {
                    t = scoreVariant(e, new Variant(v.source, new Tok[] {v.joined}, null), joinedQuery, false, memo);
                } else {
                    t = null;
                }
                if (t != null && (s == null || t.raw * 0.98 > s.raw)) {
                    s = t.times(0.98);
                }
            }
            if (s == null) {
                continue;
            }
            if (best == null || s.raw > best.raw) {
                best = s;
                bestVariant = v;
            }
            if (s.raw < 1) {
                if (close == null) {
                    close = new ArrayList<>(4);
                    closeRaw = new ArrayList<>(4);
                }
                close.add(v);
                closeRaw.add(s.raw);
            }
        }
        if (best != null && best.raw < 1 && close != null && close.size() > 1) {
            // forms that differ in consonants are separate adaptations of the name; forms that
            // differ in vowels or endings are not, so they do not corroborate each other
            String bestSkeleton = bestVariant.skeleton();
            double other = 0;
            for (int i = 0; i < close.size(); i++) {
                if (closeRaw.get(i) > other && !close.get(i).skeleton().equals(bestSkeleton)) {
                    other = closeRaw.get(i);
                }
            }
            // another adaptation of the name, itself close to the query, corroborates the best one
            double raw = best.raw + (1 - best.raw) * other * CORROBORATION;
            best = best.withRaw(raw);
        }
        return best;
    }

    /**
     * Weight of the closest other adaptation of an entity's name as corroborating evidence: a name
     * known in several languages' forms (Москва, Мускав, Муско) of which more than one is close to
     * the query is likelier its referent than one form alone would say. Forms with one consonant
     * skeleton (Харків and Харков, Заринск and Заринская) count once.
     */
    static final double CORROBORATION = 0.2;

    /**
     * False when no variant of entity {@code e} (nor its joined form) has a token close enough to
     * every full token of the query (or of its joined form), so that {@link #scoreEntity} would
     * find nothing. Most candidates fail so, and this check reads only flat arrays and the memo.
     */
    private boolean mayMatch(int e, List<QTok> query, List<QTok> joinedQuery, SimMemo memo, double floor) {
        int p = flatAt[e];
        int nq = query.size();
        int needed = nq;
        for (int i = 0; i < nq; i++) {
            if (query.get(i).optional) {
                needed--;
            }
        }
        for (int left = flat[p++]; left > 0; left--) {
            int nv = flat[p] & 0xffff;
            int rigid = flat[p] >>> 16;
            int from = p + 1;
            int joined = flat[from + nv];
            p = from + nv + 1;
            if (needed <= nv && rigid <= nq && explains(query, from, nv, memo, floor)) {
                return true;
            }
            if (nv != nq) {
                if (joinedQuery != null && nv == 1 && explains(joinedQuery, from, 1, memo, floor)) {
                    return true;
                }
                if (joined >= 0
                        && (nq == 1 && explains(query, flat.length, joined, memo, floor)
                                || joinedQuery != null && explains(joinedQuery, flat.length, joined, memo, floor))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when each full query token is close to one of the {@code nv} surfaces listed in {@link
     * #flat} from {@code from}; with {@code from == flat.length}, {@code nv} is the one surface.
     */
    private boolean explains(List<QTok> query, int from, int nv, SimMemo memo, double floor) {
        // a conjunction, so the order is free: the token that failed last is asked first, since
        // the candidates of one call usually fail on the same token (the surname of another man)
        int[] order = memo.order(query);
        for (int o = 0; o < order.length; o++) {
            int i = order[o];
            QTok q = query.get(i);
            if (q.initial || q.optional) {
                continue;
            }
            int slot = memo.slot(q);
            boolean close = false;
            if (from == flat.length) {
                close = memo.value(slot, q, nv, floor) >= floor;
            } else {
                for (int j = 0; j < nv && !close; j++) {
                    close = memo.value(slot, q, flat[from + j], floor) >= floor;
                }
            }
            if (!close) {
                if (o > 0) {
                    System.arraycopy(order, 0, order, 1, o);
                    order[0] = i;
                }
                return false;
            }
        }
        return true;
    }

    private static int[] union(int[] a, int[] b) {
        BlockIndex.IntList l = new BlockIndex.IntList();
        l.addAll(a);
        l.addAll(b);
        return l.sortedUnique();
    }

    private Scored scoreVariant(int e, Variant v, List<QTok> query, boolean surnameAlone, SimMemo memo) {
        return scoreVariant(e, v, query, surnameAlone, memo, null);
    }

    /** Scores one form; with a non-null {@code evidence}, also adds the aligned tokens' evidence to it. */
    private Scored scoreVariant(
            int e, Variant v, List<QTok> query, boolean surnameAlone, SimMemo memo, List<TokenEvidence> evidence) {
        int nq = query.size();
        int nv = v.tokens.length;
        int optional = 0;
        for (QTok q : query) {
            if (q.optional) {
                optional++;
            }
        }
        if (nq - optional > nv) {
            return null;
        }
        double[][] sim = memo.sim(nq, nv);
        String[][] kind = memo.kind(nq, nv);
        for (int i = 0; i < nq; i++) {
            double rowBest = 0;
            for (int j = 0; j < nv; j++) {
                memo.tokenSim(query.get(i), v.tokens[j], sim, kind, i, j);
                rowBest = Math.max(rowBest, sim[i][j]);
            }
            if (rowBest < MIN_TOKEN && !query.get(i).optional) {
                return null; // no token of the variant explains this query token: the alignment below would fail
            }
        }
        int[] qToV = new int[nq];
        Arrays.fill(qToV, -1);
        boolean[] vUsed = new boolean[nv];
        for (int round = 0; round < nq; round++) {
            double bestS = -1;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < nq; i++) {
                if (qToV[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < nv; j++) {
                    if (!vUsed[j] && sim[i][j] > bestS) {
                        bestS = sim[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0 || bestS < MIN_TOKEN) {
                for (int i = 0; i < nq; i++) {
                    if (qToV[i] < 0 && !query.get(i).optional) {
                        return null; // a query token is not explained
                    }
                }
                break; // only place class words are left: Krasnoye Selo for Красное
            }
            qToV[bi] = bj;
            vUsed[bj] = true;
        }
        boolean fullToken = false;
        double penalty = 1.0;
        boolean surnameOnly = false;
        // a class word of the dictionary's name left out: the rest of the name must then match by a
        // key, not by a close spelling (Krasny is not Красное Село); a query that adds a class word
        // (Stanitsa Ust'-Labinskaya) only describes the place
        boolean partial = false;
        for (int j = 0; j < nv; j++) {
            if (!vUsed[j]) {
                if (v.tokens[j].patronymic) {
                    penalty *= 0.995;
                } else if (LinguisticResources.placeWords().contains(v.tokens[j].lower)) {
                    penalty *= 0.95; // Dolmabahçe = Dolmabahçe Palace, Imeni Sverdlova = Село имени Свердлова
                    partial = true;
                } else if (surnameAlone && nq == 1 && v.tokens[qToV[0]].surname && sim[0][qToV[0]] >= 0.9) {
                    surnameOnly = true; // Zelensky, Мединского: the surname alone
                } else if (nq == 1
                        && nv == 2
                        && sim[0][qToV[0]] >= 0.9
                        && entities[e].type() == EntityType.PLACE
                        && mergedSettlementPart(v, j)) {
                    penalty *= MERGED_PART; // Orekhovo = Орехово-Зуево
                } else {
                    return null; // a given name, surname or place word left unmatched
                }
            }
        }
        if (surnameOnly) {
            penalty *= 0.97;
        }
        double sum = 0;
        double weights = 0;
        double weakest = 2;
        double weakestFull = 2;
        boolean fuzzyToken = false;
        String method = "exact";
        for (int i = 0; i < nq; i++) {
            int j = qToV[i];
            QTok q = query.get(i);
            if (j < 0) {
                penalty *= 0.97; // an unmatched place class word of the query
                continue;
            }
            double s = sim[i][j];
            double w = q.initial ? 0.5 : Math.max(2, v.tokens[j].keys[0].length());
            if (!q.initial) {
                fullToken = true;
                weakestFull = Math.min(weakestFull, s);
                fuzzyToken |= "fuzzy".equals(kind[i][j]);
            }
            sum += s * w;
            weights += w;
            if (s < weakest) {
                weakest = s;
                method = kind[i][j];
            }
            if (evidence != null) {
                evidence.add(new TokenEvidence(q.surface, v.tokens[j].surface, kind[i][j], Math.min(1, s)));
            }
        }
        if (!fullToken || partial && fuzzyToken) {
            return null;
        }
        if ("ru".equals(v.source.lang()) && memo.ukrainianSpelling()) {
            penalty *= 0.99; // Sverdlovs'k is the Ukrainian Свердловськ rather than the Russian Свердловск
        }
        // a strong given name must not carry a surname that is only barely close: Volodymyr
        // Volynskyi is not Volodymyr Zelenskyy
        double raw = Math.min(sum / weights, weakestFull + WEAKEST_MARGIN) * penalty;
        return new Scored(e, raw, method, v, query, surnameAlone);
    }

    /**
     * Token similarities of one resolve call. The candidates of a query share few distinct tokens
     * (given names above all), and the fuzzy comparison of every key pair is the dominant cost, so
     * each (query token, dictionary surface) pair is compared once per call, and the key evidence
     * once per (query token, set of keys): a name written in Cyrillic and in Latin letters usually
     * folds to the same keys.
     */
    private static final class SimMemo {
        /** The query tokens of this call, by identity; a token's slot number goes into the memo keys. */
        private QTok[] slots = new QTok[4];
        /** Each query token's count of {@link NameResolver#softMarks}. */
        private int[] slotMarks = new int[4];

        private int slotCount;
        private long[] keys = new long[256];
        private double[] values = new double[256];
        /**
         * The floor each value was computed under: a value at or above its floor is exact; a value
         * under it says only that the true one is under the floor too.
         */
        private double[] floors = new double[256];

        private String[] kinds = new String[256];
        private int size;
        /** The table indices in use, so that a reset clears only those. */
        private int[] used = new int[256];

        private double[][] sim = new double[4][8];
        private String[][] kind = new String[4][8];

        /** The resolver whose surfaces the memo's numbers name. */
        private final NameResolver owner;

        SimMemo(NameResolver owner) {
            this.owner = owner;
            Arrays.fill(keys, -1);
        }

        /** The letter counts of t's keys, made on first use. */
        private EditCostBound.Letters[] letters(Tok t) {
            EditCostBound.Letters[][] keyLetters = owner.keyLetters;
            EditCostBound.Letters[] l = keyLetters[t.keySet];
            if (l == null) {
                l = new EditCostBound.Letters[t.keys.length];
                for (int k = 0; k < l.length; k++) {
                    l[k] = EditCostBound.letters(t.keys[k]);
                }
                keyLetters[t.keySet] = l;
            }
            return l;
        }

        /** The lists {@link NameResolver#explains} was asked about in this call, and its order of each. */
        private final List<List<QTok>> orderLists = new ArrayList<>(4);

        private final List<int[]> orders = new ArrayList<>(4);

        /** The order in which to test the tokens of {@code query}, kept for the call. */
        int[] order(List<QTok> query) {
            for (int k = 0; k < orderLists.size(); k++) {
                if (orderLists.get(k) == query) {
                    return orders.get(k);
                }
            }
            int[] order = new int[query.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            orderLists.add(query);
            orders.add(order);
            return order;
        }

        SimMemo reset(String name) {
            this.name = name;
            orderLists.clear();
            orders.clear();
            this.ukrainian = -1;
            if (keys.length > 1024) {
                // a rare crowded call grew the table; a large one would stay out of the cache
                keys = new long[256];
                values = new double[256];
                floors = new double[256];
                kinds = new String[256];
                used = new int[256];
                Arrays.fill(keys, -1);
                size = 0;
            }
            for (int u = 0; u < size; u++) {
                int at = used[u];
                keys[at] = -1;
                kinds[at] = null;
            }
            size = 0;
            Arrays.fill(slots, 0, slotCount, null);
            slotCount = 0;
            return this;
        }

        /** A zeroed nq x nv matrix, valid until the next call. */
        double[][] sim(int nq, int nv) {
            if (sim.length < nq || sim[0].length < nv) {
                sim = new double[Math.max(nq, sim.length)][Math.max(nv, sim[0].length)];
            } else {
                for (int i = 0; i < nq; i++) {
                    Arrays.fill(sim[i], 0, nv, 0);
                }
            }
            return sim;
        }

        /** A nq x nv matrix of nulls, valid until the next call. */
        String[][] kind(int nq, int nv) {
            if (kind.length < nq || kind[0].length < nv) {
                kind = new String[Math.max(nq, kind.length)][Math.max(nv, kind[0].length)];
            } else {
                for (int i = 0; i < nq; i++) {
                    Arrays.fill(kind[i], 0, nv, null);
                }
            }
            return kind;
        }

        private String name;
        private int ukrainian = -1;

        /** The query is spelled the Ukrainian way ({@link NameResolver#ukrainianSpelling}); asked lazily. */
        boolean ukrainianSpelling() {
            if (ukrainian < 0) {
                ukrainian = NameResolver.ukrainianSpelling(name) ? 1 : 0;
            }
            return ukrainian == 1;
        }

        void tokenSim(QTok q, Tok t, double[][] sim, String[][] kind, int i, int j) {
            if (q.initial) {
                initialSim(q, t, sim, kind, i, j); // depends on the token's role; cheap
                return;
            }
            int slot = slot(q);
            if (sameLower(q, t.id)) {
                sim[i][j] = 1.0;
                kind[i][j] = "exact";
                return;
            }
            int k = keySetEntry(slot, q, t.id, MIN_TOKEN - TIE_BREAK);
            sim[i][j] = tieBreak(slot, t.id, values[k]);
            kind[i][j] = kinds[k];
        }

        /**
         * The similarity of full query token {@code q} (number {@code slot} in this call) to surface
         * number {@code id}: exact when it is at least {@code floor}, else only known to be under it.
         */
        double value(int slot, QTok q, int id, double floor) {
            if (sameLower(q, id)) {
                return 1.0;
            }
            // tieBreak may lift the key set's value by TIE_BREAK for this surface
            int k = keySetEntry(slot, q, id, floor - TIE_BREAK);
            return tieBreak(slot, id, values[k]);
        }

        /** Surface {@code id} is the query token up to case and ё. */
        private boolean sameLower(QTok q, int id) {
            return q.lower.hashCode() == owner.surfaceLowerHash[id] && q.lower.equals(owner.surfaceToks[id].lower);
        }

        /** Key evidence between tokens that also agree in apostrophes and soft signs scores a little higher. */
        private double tieBreak(int slot, int id, double best) {
            int marks = slotMarks[slot];
            if (best > 0 && marks > 0 && marks == owner.surfaceMarks[id]) {
                return Math.min(1, best + TIE_BREAK); // Donets'k is Донецьк rather than Донецк
            }
            return best;
        }

        /**
         * The table index of the evidence between query token number {@code slot} and the key set of
         * surface {@code id}, computed on first use, or again when it was computed under a floor
         * above {@code keyFloor}.
         */
        private int keySetEntry(int slot, QTok q, int id, double keyFloor) {
            int keySet = owner.surfaceKeySets[id];
            long key = (long) slot << 32 | keySet;
            int k = find(key);
            if (keys[k] == key && (values[k] >= floors[k] || floors[k] <= keyFloor)) {
                return k;
            }
            Tok t = owner.surfaceToks[id];
            KeySim ks = keySim(q, t.keys, letters(t), keyFloor);
            return put(k, key, ks.value, ks.kind, keyFloor) ? find(key) : k;
        }

        /** The number of query token {@code q} in this call. */
        int slot(QTok q) {
            for (int s = 0; s < slotCount; s++) {
                if (slots[s] == q) {
                    return s;
                }
            }
            if (slotCount == slots.length) {
                slots = Arrays.copyOf(slots, slotCount * 2);
                slotMarks = Arrays.copyOf(slotMarks, slotCount * 2);
            }
            slots[slotCount] = q;
            slotMarks[slotCount] = softMarks(q.lower);
            return slotCount++;
        }

        /** The index holding {@code key}, or the free index where it would go. */
        private int find(long key) {
            int mask = keys.length - 1;
            long h = key * 0x9E3779B97F4A7C15L;
            for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == key || keys[i] == -1) {
                    return i;
                }
            }
        }

        /** Stores at index {@code at}; true when the table grew, which moves every entry. */
        private boolean put(int at, long key, double value, String kind, double floor) {
            boolean fresh = keys[at] != key;
            keys[at] = key;
            values[at] = value;
            kinds[at] = kind;
            floors[at] = floor;
            if (!fresh) {
                return false; // recomputed under a lower floor
            }
            used[size++] = at;
            if (2 * size > keys.length) {
                long[] oldKeys = keys;
                double[] oldValues = values;
                double[] oldFloors = floors;
                String[] oldKinds = kinds;
                keys = new long[oldKeys.length * 2];
                values = new double[oldKeys.length * 2];
                floors = new double[oldKeys.length * 2];
                kinds = new String[oldKeys.length * 2];
                used = new int[keys.length];
                Arrays.fill(keys, -1);
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != -1) {
                        int to = find(oldKeys[i]);
                        keys[to] = oldKeys[i];
                        values[to] = oldValues[i];
                        floors[to] = oldFloors[i];
                        kinds[to] = oldKinds[i];
                        used[size++] = to;
                    }
                }
                return true;
            }
            return false;
        }
    }

    /** An initial fits a token that is not the surname and starts with its letter. */
    private static void initialSim(QTok q, Tok t, double[][] sim, String[][] kind, int i, int j) {
        if (!t.surname && !t.keys[0].isEmpty() && q.keys.get(0).key.charAt(0) == t.keys[0].charAt(0)) {
            sim[i][j] = 0.8;
            kind[i][j] = "initial";
        }
    }

    /** The best evidence between a query token's keys and a dictionary token's keys. */
    private record KeySim(double value, String kind) {}

    /**
     * The best evidence between a query token's keys and a dictionary token's keys: an equal key
     * scores its reading's base (a dictionary equivalent 5% less), a close key its edit similarity
     * times that. Equal pairs tie to the query's earlier reading; only values of at least {@code
     * floor} (and {@link #MIN_TOKEN}) are exact, a lower one says only that the true one is lower.
     */
    private static KeySim keySim(QTok q, String[] tKeys, EditCostBound.Letters[] tLetters, double floor) {
        double best = 0;
        String bestKind = null;
        int bestAt = Integer.MAX_VALUE;
        // equal keys first: when one is found, no close key can beat it by much
        List<QKey> qKeys = q.keys;
        for (int k = 0; k < tKeys.length; k++) {
            String ek = tKeys[k];
            for (int x = 0; x < qKeys.size(); x++) {
                QKey qk = qKeys.get(x);
                if (qk.key.equals(ek)) {
                    double s = qk.base * (k == 0 ? 1.0 : 0.95);
                    if (s > best || s == best && x < bestAt) {
                        best = s;
                        bestAt = x;
                        bestKind = k == 0 ? qk.kind : "given-name";
                    }
                    break; // the query's keys are distinct
                }
            }
        }
        if (best < 0.9) {
            NameKeys.Suffix querySuffix = NameKeys.suffixClass(qKeys.get(0).key);
            for (int k = 0; k < tKeys.length; k++) {
                String ek = tKeys[k];
                // Mikhaylovka, Mikhaylovsk and Mikhaylovskoye are three towns
                boolean other = otherSuffix(querySuffix, NameKeys.suffixClass(ek));
                EditCostBound.Letters letters = tLetters != null ? tLetters[k] : null;
                boolean counted = tLetters != null;
                for (int x = 0; x < qKeys.size(); x++) {
                    QKey qk = qKeys.get(x);
                    if (qk.key.equals(ek)) {
                        continue;
                    }
                    double ceiling = qk.base * (k == 0 ? 1.0 : 0.95);
                    if (other) {
                        ceiling *= OTHER_SUFFIX;
                    }
                    if (ceiling <= best) {
                        continue; // even equal keys would not beat the best pair so far
                    }
                    if (!counted) {
                        letters = EditCostBound.letters(ek);
                        counted = true;
                    }
                    // a similarity that cannot beat the best pair is not worth computing exactly
                    double f = fuzzy(
                            qk.key,
                            qk.letters(),
                            ek,
                            letters,
                            Math.max(Math.max(MIN_TOKEN, best / ceiling), floor / ceiling));
                    if (f < MIN_TOKEN) {
                        continue;
                    }
                    double s = f * ceiling;
                    if (s > best) {
                        best = s;
                        bestKind = "fuzzy";
                    }
                }
            }
        }
        return new KeySim(best, bestKind);
    }

    /**
     * How much key evidence rises between tokens that also agree in apostrophes and soft signs,
     * which the keys drop (Donets'k is Донецьк rather than Донецк).
     */
    private static final double TIE_BREAK = 0.005;

    /**
     * True when both keys end in a known word-formation suffix and the two differ. The query's
     * suffix is that of its first reading, since a reading that strips a foreign ending (Lithuanian
     * Charkovas) must not make up a suffix.
     */
    private static boolean otherSuffix(NameKeys.Suffix x, NameKeys.Suffix y) {
        return x != y && x != NameKeys.Suffix.OTHER && y != NameKeys.Suffix.OTHER;
    }

    /**
     * True when a name shows a spelling only Ukrainian has: the letters і ї є ґ, the soft sign of
     * -ськ/-цьк/-зьк, or its romanisation with an apostrophe (BGN/PCGN 1965 Sverdlovs'k, Donets'k),
     * since Russian writes -ск/-цк. A variant the dictionary marks as Russian then fits a little
     * worse, which decides between two entities that share a Russian form.
     */
    static boolean ukrainianSpelling(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ') {
                return true;
            }
            if (i >= 1 && i + 1 < s.length() && s.charAt(i + 1) == 'к' && c == 'ь') {
                char p = s.charAt(i - 1);
                if (p == 'с' || p == 'ц' || p == 'з') {
                    return true;
                }
            }
            if (i >= 1 && i + 1 < s.length() && s.charAt(i + 1) == 'k' && NameKeys.isApostrophe(c)) {
                char p = s.charAt(i - 1);
                if (p == 's' || p == 'z' || p == 'c') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Apostrophes and soft or hard signs: the key drops them, but they break ties. */
    private static int softMarks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'ь' || c == 'ъ' || NameKeys.isApostrophe(c)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Similarity of two folded keys from a weighted edit distance; 1 for equal keys. A similarity
     * under {@code floor} (at least {@link #MIN_TOKEN}, which is no evidence) is of no use to the
     * caller, so it may be reported as 0 without computing it.
     */
    static double fuzzy(String a, String b, double floor) {
        return fuzzy(a, EditCostBound.letters(a), b, EditCostBound.letters(b), floor);
    }

    /** {@link #fuzzy(String, String, double)} with the keys' letter counts given. */
    private static double fuzzy(
            String a, EditCostBound.Letters aLetters, String b, EditCostBound.Letters bLetters, double floor) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return 0;
        }
        int max = Math.max(n, m);
        if (Math.abs(n - m) > max / 3 + 1) {
            return 0;
        }
        // a first-letter difference weighs more: names rarely differ there across spellings
        double firstLetter = subst(a.charAt(0), b.charAt(0)) >= 1 ? 0.5 : 0;
        // the costs that are certain before the table (every length difference is an indel, at
        // least a vowel's) reject most candidate pairs without it; the slack absorbs rounding
        double budget = (1 - floor) * (max + 1) + 1e-9;
        if (Math.abs(n - m) * MIN_INDEL + firstLetter > budget) {
            return 0;
        }
        // so do the letters each key has in excess of the other, without the table's cost
        if (BOUND.lowerBound(aLetters, bLetters) + firstLetter > budget) {
            return 0;
        }
        // the costs of b's letters are looked up once, not once per cell
        char[] bs = new char[m];
        double[] bIndel = new double[m];
        for (int j = 0; j < m; j++) {
            bs[j] = b.charAt(j);
            bIndel[j] = indel(bs[j]);
        }
        double[] prev = new double[m + 1];
        double[] cur = new double[m + 1];
        for (int j = 1; j <= m; j++) {
            prev[j] = prev[j - 1] + bIndel[j - 1];
        }
        for (int i = 1; i <= n; i++) {
            char ca = a.charAt(i - 1);
            double aIndel = indel(ca);
            cur[0] = prev[0] + aIndel;
            double rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                double sub = prev[j - 1] + subst(ca, bs[j - 1]);
                double del = prev[j] + aIndel;
                double ins = cur[j - 1] + bIndel[j - 1];
                double c = Math.min(sub, Math.min(del, ins));
                cur[j] = c;
                rowMin = Math.min(rowMin, c);
            }
            if (rowMin + firstLetter > budget) {
                return 0; // already too far apart
            }
            double[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        double cost = prev[m] + firstLetter;
        return Math.max(0, 1 - cost / (max + 1.0));
    }

    private static final double MIN_INDEL = 0.6;

    private static double indel(char c) {
        return NameKeys.isKeyVowel(c) ? MIN_INDEL : 1.0;
    }

    private static final String[] CLOSE = {"gk", "vf", "cs", "cC", "CS", "dt", "bp", "vb", "sc"};

    /** Substitution costs of ASCII pairs (keys are ASCII), since the edit distance asks for them most. */
    private static final double[] SUBST_ASCII = new double[128 * 128];

    static {
        for (char x = 0; x < 128; x++) {
            for (char y = 0; y < 128; y++) {
                SUBST_ASCII[x * 128 + y] = computeSubst(x, y);
            }
        }
    }

    private static final EditCostBound BOUND = EditCostBound.of(new EditCostBound.Costs() {
        @Override
        public double substitute(char x, char y) {
            return subst(x, y);
        }

        @Override
        public double indel(char c) {
            return NameResolver.indel(c);
        }
    });

    private static double subst(char x, char y) {
        return x < 128 && y < 128 ? SUBST_ASCII[x * 128 + y] : computeSubst(x, y);
    }

    private static double computeSubst(char x, char y) {
        if (x == y) {
            return 0;
        }
        boolean vx = NameKeys.isKeyVowel(x);
        boolean vy = NameKeys.isKeyVowel(y);
        if (vx && vy) {
            return 0.4;
        }
        if (vx || vy) {
            return 1.2;
        }
        if (x == 's' && y == 'S' || x == 'S' && y == 's') {
            return 0.35; // ж and ш lose their diacritic in plain-ASCII sources (Zytomyr)
        }
        for (String p : CLOSE) {
            if (p.charAt(0) == x && p.charAt(1) == y || p.charAt(0) == y && p.charAt(1) == x) {
                return 0.6;
            }
        }
        return 1.0;
    }

    // ---- blocking

    /**
     * The entities (ascending) reached by every full token of the query, each through the consonant
     * skeleton of one of its keys (with {@code near}, also through one-letter deletions on either
     * side); {@code null} when the query has no full token. A result longer than {@code cap} may be
     * cut short at {@code cap + 1}.
     */
    private int[] candidates(List<QTok> query, boolean near, int cap) {
        List<BlockIndex.Blocks> perToken = new ArrayList<>(query.size());
        for (QTok q : query) {
            if (!q.initial && !q.optional) {
                perToken.add(near ? q.nearBlocks : q.exactBlocks);
            }
        }
        return blocks.candidates(perToken, cap);
    }

    // ---- tokens and keys

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static String[] entityKeys(String token) {
        String k = NameKeys.key(token);
        Set<String> keys = new LinkedHashSet<>();
        keys.add(k);
        String yo = NameKeys.yoVariant(token);
        if (yo != null) {
            keys.add(yo);
        }
        Set<String> eq = LinguisticResources.equivalentKeys().get(k);
        if (eq != null) {
            keys.addAll(eq);
        }
        keys.remove("");
        if (keys.isEmpty()) {
            return new String[] {""};
        }
        return keys.toArray(new String[0]);
    }

    static List<QTok> queryTokens(String name) {
        List<String> raw = NameKeys.tokens(name);
        List<String> toks = new ArrayList<>(raw.size());
        for (String t : raw) {
            toks.add(stripPossessive(t));
        }
        Set<String> titles = LinguisticResources.titles();
        int from = 0;
        int to = toks.size();
        while (from < to - 1 && titles.contains(toks.get(from).toLowerCase(Locale.ROOT))) {
            from++;
        }
        while (to - 1 > from && titles.contains(toks.get(to - 1).toLowerCase(Locale.ROOT))) {
            to--;
        }
        List<QTok> out = new ArrayList<>();
        for (String t : toks.subList(from, to)) {
            QTok q = queryToken(t);
            if (q != null) {
                out.add(q);
            }
        }
        // a settlement class word at either edge may or may not be part of the name
        Set<String> placeWords = LinguisticResources.placeWords();
        int first = 0;
        int last = out.size() - 1;
        while (first < last && placeWords.contains(out.get(first).surface.toLowerCase(Locale.ROOT))) {
            out.set(first, out.get(first).asOptional());
            first++;
        }
        while (last > first && placeWords.contains(out.get(last).surface.toLowerCase(Locale.ROOT))) {
            out.set(last, out.get(last).asOptional());
            last--;
        }
        return out;
    }

    private static String stripPossessive(String t) {
        int n = t.length();
        if (n > 3
                && (t.charAt(n - 1) == 's' || t.charAt(n - 1) == 'S')
                && NameKeys.isApostrophe(t.charAt(n - 2))
                && NameKeys.isLatin(t)) {
            return t.substring(0, n - 2);
        }
        return t;
    }

    private static List<QKey> queryKeys(String t) {
        Map<String, QKey> keys = new HashMap<>();
        List<QKey> order = new ArrayList<>();
        List<String> readings = NameKeys.latinReadings(t);
        for (int i = 0; i < readings.size(); i++) {
            put(keys, order, new QKey(readings.get(i), "translit", i == 0 ? 0.97 : 0.95));
        }
        if (NameKeys.isLatin(t)) {
            String ru = LinguisticResources.wikidataRussian(t.toLowerCase(Locale.ROOT));
            if (ru != null) {
                put(keys, order, new QKey(NameKeys.key(ru), "given-name", 0.95));
            }
            String nominative = NameKeys.latinAdjectiveNominative(readings.get(0));
            if (nominative != null) {
                put(keys, order, new QKey(nominative, "inflection", 0.93));
            }
        } else {
            String low = lower(t);
            for (String[] rule : LinguisticResources.inflections()) {
                if (low.length() > rule[0].length() + 2 && low.endsWith(rule[0])) {
                    String nom = low.substring(0, low.length() - rule[0].length()) + rule[1];
                    put(keys, order, new QKey(NameKeys.key(nom), "inflection", 0.93));
                }
            }
        }
        List<QKey> base = List.copyOf(order);
        for (QKey k : base) {
            Set<String> eq = LinguisticResources.equivalentKeys().get(k.key);
            if (eq != null) {
                for (String e : eq) {
                    put(keys, order, new QKey(e, "given-name", k.base * 0.97));
                }
            }
        }
        return List.copyOf(order);
    }

    private static void put(Map<String, QKey> keys, List<QKey> order, QKey k) {
        if (k.key.isEmpty()) {
            return;
        }
        QKey prior = keys.get(k.key);
        if (prior == null) {
            keys.put(k.key, k);
            order.add(k);
        } else if (k.base > prior.base) {
            keys.put(k.key, k);
            order.set(order.indexOf(prior), k);
        }
    }

    private static final String[] PATRONYMIC_ENDINGS = {
        "ович", "евич", "ьевич", "йович", "ійович", "ич", "овна", "евна", "івна", "ївна", "ична", "інічна", "ovich",
        "evich", "ovych", "ovitch", "owitsch", "ovitsj", "ovna", "evna", "ivna", "yevich"
    };

    /** The index of a patronymic among three or more tokens, or -1. */
    static int patronymicIndex(List<String> toks) {
        if (toks.size() < 3) {
            return -1;
        }
        for (int i = toks.size() - 1; i >= 1; i--) {
            String l = toks.get(i).toLowerCase(Locale.ROOT);
            for (String end : PATRONYMIC_ENDINGS) {
                if (l.length() >= end.length() + 2 && l.endsWith(end)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The surname's index when the form shows it ("Surname, Given", Surname Given Patronymic), or -1. */
    static int surnameIndex(String name, List<String> toks, int patronymicAt) {
        if (toks.size() < 2) {
            return -1;
        }
        if (name.indexOf(',') > 0) {
            return 0;
        }
        if (patronymicAt == 2) {
            return 0;
        }
        if (patronymicAt == 1) {
            return toks.size() - 1;
        }
        return -1;
    }
}
