{% set body %}{% include "prelude_body.scala" %}{% endset %}
// ---- testcompiler prelude {{ body | prelude_key }} ----
{{ body }}// ---- end of the testcompiler prelude ----
