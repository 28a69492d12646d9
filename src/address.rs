//! Addresses: a house number, a street and administrative units, each level checked to lie
//! inside the next one up. (Being written.)
