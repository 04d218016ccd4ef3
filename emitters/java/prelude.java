{% set body %}{% include "prelude_body.java" %}{% endset %}
    // ---- testcompiler prelude {{ body | prelude_key }} ----
{{ body }}    // ---- end of the testcompiler prelude ----
