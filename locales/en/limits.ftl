## Abuse limits and the admins' error notice

# Variables:
#   $seconds (Number) - how long the bot stays silent
limits-slow-down = 🐢 That was a lot at once. Please wait about { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
}, then I will listen to you again.
# Variables:
#   $limit (Number) - ideas one person may share per hour
limits-hourly-idea = { $limit ->
    [one] You can share { $limit } idea per hour. Please try again a little later.
   *[other] You can share { $limit } ideas per hour. Please try again a little later.
}
# Variables:
#   $limit (Number) - translations one person may suggest per hour
limits-hourly-translation = { $limit ->
    [one] You can suggest { $limit } translation per hour. Thank you for helping — please continue a little later.
   *[other] You can suggest { $limit } translations per hour. Thank you for helping — please continue a little later.
}
# Variables:
#   $limit (Number) - team messages one person may send per hour
limits-hourly-team-message = { $limit ->
    [one] You can send { $limit } team message per hour. Please collect your thoughts in one message or try again later.
   *[other] You can send { $limit } team messages per hour. Please collect your thoughts in one message or try again later.
}
# Variables:
#   $limit (Number) - longest text the bot accepts, in characters
limits-text-too-long = That text is too long for me: { $limit } characters at most, please.
limits-unsupported-message = I can only read text, photos and files. Please type your answer or use the buttons.
# Variables:
#   $limit (Number) - largest file the bot accepts, in megabytes
limits-file-too-big = That file is too big: the limit is { $limit } MB.
# Variables:
#   $code (String) - correlation id, also in the log line
#   $error (String) - the exception's type
#   $suppressed (Number) - further failures not reported since the last notice
errors-admin-notice = ⚠️ An update failed: code { $code } ({ $error }). Search the log for this code.{ $suppressed ->
    [0] {""}
   *[other] {" "}({ $suppressed } more failures since the last notice.)
}
