{% set body %}{% include "prelude_body.clj" %}{% endset %}
;; The prelude, as one string loaded into its own namespace __tc: or, where the executor's JVM has its
;; compiled copy (the same text, by this key), that copy instead, which saves compiling it again.
(clojure.core/remove-ns '__tc)  ; whatever a solution left in a namespace of that name is dropped
(clojure.core/load-string
 (if (clojure.core/= (System/getProperty "testcompiler.prelude") "{{ body | prelude_key }}")
   "(clojure.core/load \"/__tc\")"
   "{{ body | clojure_text }}"))
