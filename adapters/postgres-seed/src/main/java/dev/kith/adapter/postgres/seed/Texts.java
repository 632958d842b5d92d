package dev.kith.adapter.postgres.seed;

import java.util.SplittableRandom;

/** Plausible words for the demo data: names, bios, posts and comments, assembled from short phrase lists. */
final class Texts {

    private static final String[] FIRST_NAMES = {
        "Ada", "Alan", "Amara", "Ana", "Arjun", "Ben", "Bianca", "Carlos", "Chen", "Chloe", "Dan", "Dara", "Elena",
        "Emeka", "Erik", "Fatima", "Felix", "Grace", "Hana", "Hugo", "Ines", "Ivan", "Jade", "Jonas", "Kai", "Kemal",
        "Lara", "Leo", "Lina", "Luca", "Maya", "Mei", "Milo", "Nadia", "Nils", "Noor", "Omar", "Paula", "Priya",
        "Quinn", "Rafael", "Rosa", "Sam", "Sara", "Soren", "Tariq", "Tess", "Uma", "Victor", "Wen", "Yara", "Zoe"};

    private static final String[] LAST_NAMES = {
        "Abe", "Adeyemi", "Alvarez", "Berg", "Brown", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad",
        "Ivanova", "Jensen", "Kowalski", "Kim", "Larsen", "Lopez", "Mehta", "Moreau", "Nakamura", "Novak", "Okafor",
        "Olsen", "Park", "Petrov", "Quintero", "Rossi", "Sato", "Schmidt", "Silva", "Singh", "Tanaka", "Torres",
        "Urban", "Vargas", "Weber", "Wong", "Yilmaz", "Zhang"};

    private static final String[] BIO_FIRST = {
        "Coffee first.", "Runner and reader.", "Building things on the web.", "Amateur photographer.",
        "Plant parent.", "Home cook, occasional baker.", "Cyclist.", "Bookworm.", "Dog person.", "Cat person.",
        "Learning to draw.", "Board game collector.", "Weekend hiker.", "Music nerd.", "Teacher by day."};

    private static final String[] BIO_SECOND = {
        "Opinions are my own.", "Mostly posting pictures of food.", "Say hi!", "Slowly learning Japanese.",
        "Trying to touch grass more.", "Always looking for book recommendations.", "Based somewhere sunny.",
        "Ask me about sourdough.", "Tea over coffee, fight me.", "Dad jokes included."};

    private static final String[] OPENERS = {
        "Finally", "Today I", "This morning I", "Yesterday I", "Can't believe I", "So I", "Honestly, I",
        "After a long week I", "Last weekend I", "Quick update: I", "Proud to say I", "Guess what, I"};

    private static final String[] ACTIVITIES = {
        "tried a new ramen place", "found the best croissant in town", "ran my first half marathon",
        "discovered a tiny bookshop", "fixed the old bike in the garage", "started a sourdough starter",
        "watched that documentary everyone talks about", "planted a vegetable garden on the balcony",
        "finished a 1,000-piece puzzle", "watched the sunrise from the hill", "shipped a side project in Java",
        "cooked grandma's lasagna recipe", "bought a jazz record from 1962", "visited the new museum wing",
        "found a hidden beach", "hosted a board game night", "fixed the leaky kitchen tap",
        "hiked a trail by the lake", "rebuilt my desk setup", "explored a street food market",
        "baked cinnamon rolls", "painted the bedroom wall green", "read a whole novel in one sitting",
        "learned three chords on the guitar", "biked to work for the first time", "repotted every plant I own",
        "cleaned out the attic", "made fresh pasta from scratch", "went to a concert in the park",
        "rewrote my notes app in a weekend"};

    private static final String[] CLOSERS = {
        "Highly recommend.", "Would do it again.", "Not bad at all.", "10/10.", "What a day.", "Worth it.",
        "More soon.", "Feeling good about it.", "Anyone else?", "Pictures later.", "Still thinking about it.",
        "Tell me your favourites.", "Who's in next time?", "Small wins.", ""};

    private static final String[] TAGS = {
        "#weekend", "#food", "#running", "#books", "#coding", "#travel", "#music", "#garden", "#photography",
        "#coffee", "#diy", "#hiking"};

    private static final String[] REACTIONS = {
        "Love this!", "So true.", "Where is this?", "Congrats!", "Same here.", "This made my day.",
        "Looks amazing.", "Need to try this.", "Ha, classic.", "Great shot.", "Saving this for later.",
        "How long did it take?", "Count me in next time.", "Totally agree.", "Wow.", "Nice one!",
        "I did the same last year.", "Any tips for a beginner?"};

    private static final String[] REPLIES = {
        "thanks!", "agreed.", "exactly what I thought.", "haha yes.", "I'll send you the link.", "next weekend?",
        "it took about two hours.", "you should come along.", "good question, not sure.", "right?"};

    private Texts() {
    }

    static String displayName(SplittableRandom random) {
        return pick(FIRST_NAMES, random) + " " + pick(LAST_NAMES, random);
    }

    static String bio(SplittableRandom random) {
        return pick(BIO_FIRST, random) + " " + pick(BIO_SECOND, random);
    }

    /**
     * A post's text, mentioning {@code mentions} (usernames) as its reader would expect: "with @a" or
     * "cc @a @b".
     */
    static String post(SplittableRandom random, String... mentions) {
        StringBuilder text = new StringBuilder(160);
        text.append(pick(OPENERS, random)).append(' ').append(pick(ACTIVITIES, random));
        if (mentions.length == 1 && random.nextBoolean()) {
            text.append(" with @").append(mentions[0]).append('.');
        } else {
            text.append('.');
            if (mentions.length > 0) {
                text.append(" cc");
                for (String mention : mentions) {
                    text.append(" @").append(mention);
                }
            }
        }
        String closer = pick(CLOSERS, random);
        if (!closer.isEmpty()) {
            text.append(' ').append(closer);
        }
        if (random.nextInt(3) == 0) {
            text.append(' ').append(pick(TAGS, random));
        }
        return text.toString();
    }

    /** A top-level comment, mentioning {@code mention} when not null. */
    static String comment(SplittableRandom random, String mention) {
        String reaction = pick(REACTIONS, random);
        return mention == null ? reaction : reaction + " @" + mention + " you have to see this.";
    }

    /** A reply, addressed to {@code mention} when not null. */
    static String reply(SplittableRandom random, String mention) {
        String reply = pick(REPLIES, random);
        return mention == null ? Character.toUpperCase(reply.charAt(0)) + reply.substring(1) : "@" + mention + " " + reply;
    }

    private static String pick(String[] words, SplittableRandom random) {
        return words[random.nextInt(words.length)];
    }
}
