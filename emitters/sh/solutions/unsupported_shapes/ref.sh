#!/bin/bash
double() {
    echo $(( $1 * 2 ))
}
