package dev.leaseport.adapters.rest.idempotency;

import dev.leaseport.application.port.HeldTransaction;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The last resort for a request whose transaction {@link IdempotentPosts} opened but never ended
 * (an answer that skipped the response filters): rolled back when the request ends, so no
 * connection and no thread stays tied to it. Normally there is nothing left to end.
 */
@WebListener
public class HeldTransactionGuard implements ServletRequestListener {

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    if (event.getServletRequest().getAttribute(IdempotentPosts.HELD)
        instanceof HeldTransaction transaction) {
      transaction.rollback();
    }
  }
}
