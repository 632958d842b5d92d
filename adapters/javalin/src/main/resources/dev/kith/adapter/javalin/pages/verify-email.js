document.getElementById("go").addEventListener("click", async () => {
  const result = document.getElementById("result");
  const token = new URLSearchParams(location.search).get("token") || "";
  const response = await fetch("/api/v1/auth/verify-email", {
    method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify({token})
  });
  result.textContent = response.ok ? "Your email address is confirmed. You can log in now."
    : "This link is invalid, used or expired. Ask for a new one from the app.";
});
