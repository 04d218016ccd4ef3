"""The typed IR between the Python frontend and the target emitters. Imports nothing else of ours."""

from ir.checks import CONVERSIONS, DEFAULT_TOLERANCE, Call, Check, Relation, Span, Tolerance
from ir.infer import coerce, fits, make_union, unify, unify_all
from ir.serialize import from_json, to_json
from ir.suite import Diagnostic, Param, Signature, Suite
from ir.types import (
    ANY,
    BOOL,
    FLOAT,
    INT,
    NONE,
    STR,
    UNKNOWN,
    AnyType,
    BoolType,
    DictType,
    FloatType,
    IntType,
    ListType,
    NoneType,
    OptionalType,
    SetType,
    StrType,
    TupleType,
    Type,
    UnionType,
    UnknownType,
    is_concrete,
)
from ir.typesyntax import TypeSyntaxError, parse_type
from ir.values import (
    BoolValue,
    DictValue,
    FloatValue,
    IntValue,
    ListValue,
    NoneValue,
    NotAValue,
    SetValue,
    StrValue,
    TupleValue,
    Value,
    from_python,
    to_python,
)

__all__ = [
    "ANY", "BOOL", "CONVERSIONS", "DEFAULT_TOLERANCE", "FLOAT", "INT", "NONE", "STR", "UNKNOWN",
    "AnyType", "BoolType", "BoolValue", "Call", "Check", "Diagnostic", "DictType", "DictValue",
    "FloatType", "FloatValue", "IntType", "IntValue", "ListType", "ListValue", "NoneType", "NoneValue",
    "NotAValue", "OptionalType", "Param", "Relation", "SetType", "SetValue", "Signature", "Span", "StrType",
    "StrValue", "Suite", "Tolerance", "TupleType", "TupleValue", "Type", "TypeSyntaxError", "UnionType",
    "UnknownType", "Value", "coerce", "fits", "from_json", "from_python", "is_concrete", "make_union",
    "parse_type", "to_json", "to_python", "unify", "unify_all",
]
