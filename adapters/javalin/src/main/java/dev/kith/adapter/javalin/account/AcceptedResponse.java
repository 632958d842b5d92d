package dev.kith.adapter.javalin.account;

/**
 * The body of a 202 that is the same whether or not an account has the address, so it tells nobody
 * which addresses have accounts.
 */
public record AcceptedResponse(String message) {
}
