package dev.parley.conversation;

import dev.parley.routing.api.id.ContactId;
import dev.parley.routing.api.id.CustomerId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a conversation starts with (see {@link ConversationInfo}). */
public record NewConversation(
    @NotNull ContactId id,
    @NotNull CustomerId customer,
    @Size(max = 100) String customerName,
    @Size(max = 254) String customerEmail,
    @Size(max = 64) String entryPoint,
    @Size(max = 64) String option) {}
