package jsonout

// AsEncodingJSON is asEncodingJSON for the tests outside the package.
var AsEncodingJSON = asEncodingJSON
