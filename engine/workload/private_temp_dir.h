#pragma once
// A private (0700) temporary folder for a run's file workloads, removed with everything in it
// when the object goes away.
#include <string>

namespace conclab {

class PrivateTempDir {
public:
    PrivateTempDir();  // throws MessageError naming the folder it could not create
    ~PrivateTempDir();
    PrivateTempDir(const PrivateTempDir&) = delete;
    PrivateTempDir& operator=(const PrivateTempDir&) = delete;

    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace conclab
