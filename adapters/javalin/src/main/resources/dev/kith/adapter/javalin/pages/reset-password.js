document.getElementById("form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const result = document.getElementById("result");
  const token = new URLSearchParams(location.search).get("token") || "";
  const newPassword = document.getElementById("password").value;
  const response = await fetch("/api/v1/auth/password-reset/confirm", {
    method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({token, newPassword})
  });
  if (response.ok) {
    result.textContent = "Your password is changed, and you are signed out everywhere. Log in with the new one.";
  } else {
    const problem = await response.json().catch(() => ({}));
    result.textContent = problem.errors && problem.errors.length ? problem.errors[0].field + " " + problem.errors[0].message
      : "This link is invalid, used or expired. Ask for a new one from the app.";
  }
});
