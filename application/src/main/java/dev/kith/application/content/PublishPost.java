package dev.kith.application.content;

import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.content.port.PostView;
import dev.kith.application.group.GroupAccess;
import dev.kith.application.group.GroupIds;
import dev.kith.application.media.Attachments;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.ContentEvent;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.media.Media;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.shared.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Publishes a post. */
public final class PublishPost {

    private final Transactor transactor;
    private final PostRepository posts;
    private final ContentQueries queries;
    private final MentionedAccounts mentions;
    private final Attachments media;
    private final IdGenerator ids;
    private final DomainEvents events;
    private final GroupAccess groups;
    private final Clock clock;

    PublishPost(Transactor transactor, PostRepository posts, ContentQueries queries, MentionedAccounts mentions,
                Attachments media, GroupAccess groups, IdGenerator ids, DomainEvents events, Clock clock) {
        this.groups = groups;
        this.transactor = transactor;
        this.posts = posts;
        this.queries = queries;
        this.mentions = mentions;
        this.media = media;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes a post of up to 5,000 characters and up to four images or videos (text, media or both),
     * and records the accounts it mentions. Media must be the author's uploads, ready (a video's poster
     * frame made: a post does not wait for processing) and not attached to anything else.
     *
     * <p>A post in a group (its {@code groupId}) needs the author to be a member; it shows in the group and
     * in its members' home timelines, never on the author's profile.
     *
     * @param actor a signed-in account, the author
     * @param command text, media ids, group id
     * @return the post as its author sees it
     * @throws InvalidInput when the text is too long, there is neither text nor media, there are more than
     *     four media, or a media or group id is unknown
     * @throws dev.kith.domain.media.MediaErrors.MediaNotAttachable when a media is still processing or in use
     * @throws dev.kith.domain.group.GroupErrors.NotAMember when the author is not a member of the group
     */
    public PostView execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        List<String> requested = command.mediaIds() == null ? List.of() : command.mediaIds();
        if (requested.size() > Post.MEDIA_MAX) {
            throw InvalidInput.field("mediaIds", "at most " + Post.MEDIA_MAX + " media");
        }
        Optional<GroupId> group = command.groupId().map(id -> GroupIds.parse(id).map(GroupId::new)
                .orElseThrow(() -> InvalidInput.field("groupId", "no such group")));
        String text = Post.validText(command.text(), !requested.isEmpty());
        PostId id = transactor.inTransaction(() -> {
            group.ifPresent(g -> {
                try {
                    groups.requireMember(me, g);
                } catch (GroupErrors.GroupNotFound unknown) {
                    throw InvalidInput.field("groupId", "no such group");
                }
            });
            Instant now = clock.instant();
            List<MediaId> attached = media.attach(me, "mediaIds", requested, Optional.empty()).stream()
                    .map(Media::id).toList();
            Post post = new Post(new PostId(ids.next()), me, text, attached, group, mentions.in(text, me), now);
            posts.add(post);
            events.record(ContentEvent.PostPublished.of(post));
            return post.id();
        });
        return queries.post(id, me).orElseThrow();
    }

    /** What to publish. */
    public record Command(String text, List<String> mediaIds, Optional<String> groupId) {
        public Command {
            groupId = groupId == null ? Optional.empty() : groupId;
        }
    }
}
